import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { importContent } from "@/lib/use-cases/import-content";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { drawDiagrams, launchBrowser } from "../helpers/browser";
import { contentDir, repoRoot } from "../helpers/paths";

let app: AppServer;
let browser: Browser;
const slugs = (await readdir(path.join(contentDir, "postmortems"))).map((f) => f.replace(/\.md$/, "")).sort();

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  const report = await importContent(app.database.prisma, path.join(repoRoot, "tests/fixtures/hostile"));
  assert.deepEqual(
    report.errors.map((e) => e.message),
    [],
  );
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(url: string, options: { dark?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ colorScheme: options.dark ? "dark" : "light" });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${url}`);
  return page;
}

describe("a postmortem page", () => {
  for (const slug of slugs) {
    test(`${slug} opens with its triage card, timeline and a diagram drawn as SVG`, async () => {
      const page = await open(`/postmortems/${slug}`);
      try {
        assert.equal(await page.getByRole("heading", { level: 1 }).count(), 1);
        await page.getByRole("heading", { name: "Triage card" }).waitFor();
        await page.getByRole("heading", { name: "Timeline" }).waitFor();
        await drawDiagrams(page);
        const svg = page.locator("#diagrams figure svg").first();
        await svg.waitFor({ timeout: 20_000 });
        assert.ok((await svg.locator("g").count()) > 0, "the SVG has drawn content");
        assert.equal(await page.locator("#diagrams [role=alert]").count(), 0, "no diagram failed to parse");
      } finally {
        await page.context().close();
      }
    });
  }

  test("following a pattern link from the SLB quota incident reaches the CCE members_per_pool incident", async () => {
    const page = await open("/postmortems/ack-slb-attachment-quota-release-outage");
    try {
      await page.getByRole("link", { name: "Cloud load-balancer quota exhaustion" }).first().click();
      await page.waitForURL("**/patterns/lb-quota-exhaustion");
      await page
        .getByRole("link", { name: /^CCE LoadBalancer Services/ })
        .first()
        .click();
      await page.waitForURL("**/postmortems/cce-elb-members-per-pool-quota");
      assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /members_per_pool|ELB/);
    } finally {
      await page.context().close();
    }
  });

  test("related incidents name the reason, strongest first", async () => {
    const page = await open("/postmortems/ack-slb-attachment-quota-release-outage");
    try {
      const first = page.locator("#related li").first();
      assert.match(await first.innerText(), /same pattern: Cloud load-balancer quota exhaustion/);
      assert.equal(
        await first.getByRole("link").first().getAttribute("href"),
        "/postmortems/cce-elb-members-per-pool-quota",
      );
    } finally {
      await page.context().close();
    }
  });

  test("a deep link to a timeline entry scrolls to it and highlights it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${app.baseUrl}/postmortems/calico-ipvs-stale-realserver-502s#t-6`);
      const entry = page.locator("#t-6");
      await entry.waitFor();
      await page.waitForFunction(() => {
        const box = document.getElementById("t-6")!.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      });
      assert.equal(await page.evaluate(() => document.querySelector(":target")?.id), "t-6");
      assert.ok((await page.evaluate(() => window.scrollY)) > 500, "the page scrolled down to the entry");
      assert.equal(await entry.getByRole("link").first().getAttribute("href"), "#t-6");
    } finally {
      await page.context().close();
    }
  });

  test("a postmortem whose fields carry script payloads runs none of them", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    try {
      await page.goto(`${app.baseUrl}/postmortems/hostile-payloads`);
      await page.locator("#resolution").getByText("RESOLUTION-MARKER").waitFor();
      await drawDiagrams(page);
      for (const link of await page.locator("article a").all()) {
        const href = (await link.getAttribute("href")) ?? "";
        assert.doesNotMatch(href, /^javascript:/i, "no javascript: link survives");
      }
      await page
        .locator("article img")
        .evaluateAll((imgs) => imgs.forEach((img) => img.dispatchEvent(new Event("error"))));
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.locator("article script, article iframe").count(), 0);
      assert.match(
        await page.getByRole("heading", { level: 1 }).innerText(),
        /<script>/,
        "the payload is shown as text",
      );
    } finally {
      await page.context().close();
    }
  });

  test("a diagram that does not parse shows an inline error and the rest of the page", async () => {
    const page = await open("/postmortems/hostile-payloads");
    try {
      const alert = page.locator("#diagrams [role=alert]").first();
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.innerText(), /could not be drawn/);
      assert.match(await alert.innerText(), /unclosed/, "the source is shown next to the error");
      await page.locator("#resolution").getByText("RESOLUTION-MARKER").waitFor();
      assert.equal(await page.getByRole("heading", { name: "Related incidents" }).count(), 1);
    } finally {
      await page.context().close();
    }
  });

  test("an unknown slug answers 404 with the not-found page", async () => {
    const response = await fetch(`${app.baseUrl}/postmortems/no-such-incident`);
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Not found/);
  });

  for (const dark of [false, true]) {
    test(`axe finds no accessibility violations on the postmortem pages (${dark ? "dark" : "light"})`, async () => {
      for (const slug of slugs) {
        const page = await open(`/postmortems/${slug}`, { dark });
        try {
          await drawDiagrams(page);
          const { violations } = await new AxeBuilder({ page }).analyze();
          assert.deepEqual(
            violations.map(
              (v) =>
                `${slug}: ${v.id}: ${v.nodes
                  .map((n) => n.target.join(" "))
                  .slice(0, 3)
                  .join(", ")}`,
            ),
            [],
          );
        } finally {
          await page.context().close();
        }
      }
    });
  }
});
