import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { actUntil, launchBrowser } from "../helpers/browser";

let app: AppServer;
let browser: Browser;
before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const kongLine =
  '2026/11/21 03:12:45 [error] 31337#0: *9912 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.30.40, server: api, upstream: "http://172.16.0.9:8080/"';

describe("searching during an outage", () => {
  test("press /, paste a log line: the Kong/SLB incident is the first result and Enter opens it", async () => {
    const page = await newPage();
    try {
      await page.goto(`${app.baseUrl}/patterns`);
      const box = page.getByRole("textbox", { name: "Search query" });
      await actUntil(
        () => page.keyboard.press("/"),
        () => box.isVisible(),
      );
      assert.equal(await box.evaluate((el) => el === document.activeElement), true, "the search box has focus");
      await page.keyboard.insertText(kongLine);
      const first = page.getByRole("option").first();
      await first.waitFor();
      assert.match(await first.innerText(), /Kong and SLB/);
      assert.equal(await first.getAttribute("aria-selected"), "true");
      await page.keyboard.press("Enter");
      await page.waitForURL("**/postmortems/ack-slb-attachment-quota-release-outage");
    } finally {
      await page.context().close();
    }
  });

  test("Ctrl-K opens the palette, arrows move the selection, Escape closes it", async () => {
    const page = await newPage();
    try {
      await page.goto(app.baseUrl);
      const box = page.getByRole("textbox", { name: "Search query" });
      await actUntil(
        () => page.keyboard.press("Control+k"),
        () => box.isVisible(),
      );
      await page.keyboard.insertText("quota");
      await page.getByRole("option").nth(1).waitFor();
      // The first Down enters the list on the first result (already what Enter would open); the next moves on.
      await page.keyboard.press("ArrowDown");
      assert.equal(await page.getByRole("option").nth(0).getAttribute("aria-selected"), "true");
      await page.keyboard.press("ArrowDown");
      assert.equal(await page.getByRole("option").nth(1).getAttribute("aria-selected"), "true");
      assert.equal(
        await box.getAttribute("aria-activedescendant"),
        await page.getByRole("option").nth(1).getAttribute("id"),
      );
      await page.keyboard.press("Escape");
      await box.waitFor({ state: "hidden" });
    } finally {
      await page.context().close();
    }
  });

  test("paste, Down, Enter opens the first result; the open palette has no axe violations", async () => {
    const page = await newPage();
    try {
      await page.goto(app.baseUrl);
      const box = page.getByRole("textbox", { name: "Search query" });
      await actUntil(
        () => page.keyboard.press("/"),
        () => box.isVisible(),
      );
      await page.keyboard.insertText(kongLine);
      const first = page.getByRole("option").first();
      await first.waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        [],
        "no axe violations with the palette open and results shown",
      );
      await page.keyboard.press("ArrowDown");
      assert.equal(await first.getAttribute("aria-selected"), "true");
      await page.keyboard.press("Enter");
      await page.waitForURL("**/postmortems/ack-slb-attachment-quota-release-outage");
    } finally {
      await page.context().close();
    }
  });

  test("the search page keeps the query and filters in the URL, and Back restores them", async () => {
    const page = await newPage();
    try {
      await page.goto(`${app.baseUrl}/search?q=${encodeURIComponent("库存不足")}`);
      const firstResult = page
        .getByRole("main")
        .getByRole("link")
        .filter({ hasText: /preemptible|stock/i })
        .first();
      await firstResult.waitFor();
      assert.match(await page.locator("main ol li").first().innerText(), /preemptible/i);

      const severity = page.getByRole("combobox", { name: "Severity" });
      await actUntil(
        async () => {
          await severity.selectOption("");
          await severity.selectOption("SEV2");
        },
        async () => page.url().includes("severity=SEV2"),
      );
      assert.match(page.url(), /q=%E5%BA%93/);
      // The stock-out incident is SEV1: filtered out (its pattern and limit may still match).
      await page
        .locator("main")
        .getByRole("link", { name: /^Blog site down/ })
        .waitFor({ state: "detached" });
      assert.equal(await page.getByRole("heading", { name: "Postmortems" }).count(), 0, "no SEV2 postmortem matches");

      await page.goBack();
      await page.waitForURL((url) => !url.search.includes("severity"));
      await page.locator("main ol li").first().waitFor();
      assert.equal(await page.getByRole("combobox", { name: "Severity" }).inputValue(), "");
    } finally {
      await page.context().close();
    }
  });

  test("an empty search page suggests the failure patterns", async () => {
    const page = await newPage();
    try {
      await page.goto(`${app.baseUrl}/search`);
      await page.getByRole("link", { name: "Loss of cluster DNS" }).waitFor();
      assert.ok((await page.getByRole("main").getByRole("link").count()) >= 8);
    } finally {
      await page.context().close();
    }
  });

  test("an outage the knowledge base does not know says so plainly, above weak results", async () => {
    const page = await newPage();
    try {
      await page.goto(
        `${app.baseUrl}/search?q=${encodeURIComponent("kafka consumer group stuck rebalancing, lag climbing")}`,
      );
      const banner = page.getByRole("status").filter({ hasText: /Nothing like this is known|No strong match/ });
      await banner.waitFor();
      assert.match(await banner.innerText(), /not in the knowledge base: .*kafka/);
      for (const badge of await page.getByRole("main").getByRole("listitem").all())
        assert.match(await badge.innerText(), /weak match/, "every result shown is marked weak");

      await page.goto(
        `${app.baseUrl}/search?q=${encodeURIComponent("Quota exceeded for resources: members_per_pool")}`,
      );
      await page
        .getByRole("link", { name: /members_per_pool quota/ })
        .first()
        .waitFor();
      assert.equal(await page.getByText(/Nothing like this is known|No strong match/).count(), 0);
    } finally {
      await page.close();
    }
  });

  test("when the database is unreachable, search answers from its snapshot and says so", async () => {
    const page = await newPage();
    try {
      await page.goto(`${app.baseUrl}/patterns`);
      await app.database.drop();
      await page.keyboard.press("/");
      await page.keyboard.insertText("CrashLoopBackOff");
      const dialog = page.getByRole("dialog");
      await dialog.getByText(/Database unreachable: results from the copy of/).waitFor({ timeout: 20_000 });
      assert.ok((await dialog.getByRole("option").count()) > 0, "results from the snapshot");
    } finally {
      await page.context().close();
    }
  });
});
