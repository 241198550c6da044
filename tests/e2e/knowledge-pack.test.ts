import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import type { Browser } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { drawDiagrams, launchBrowser } from "../helpers/browser";
import { contentDir, packDir } from "../helpers/paths";
import { engine } from "../helpers/test-database";

let app: AppServer;
let browser: Browser;
before(async () => {
  [app, browser] = await Promise.all([startAppServer({ content: [contentDir, packDir] }), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

const packPostmortems = readdirSync(path.join(packDir, "postmortems")).filter((f) => f.endsWith(".md"));
const withDiagrams = packPostmortems
  .filter((f) => /^diagrams:/m.test(readFileSync(path.join(packDir, "postmortems", f), "utf8")))
  .map((f) => f.replace(/\.md$/, ""));

describe("the knowledge pack in the browser", () => {
  test("a public incident shows its organization and date as a badge, and links its source", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${app.baseUrl}/postmortems/dfds-2020-eks-114-upgrade-coredns-crashloop`);
      await page.getByText("Public: DFDS, 2020-02-03").waitFor();
      const source = page.getByRole("link", { name: /PM2020-004/ });
      assert.match((await source.getAttribute("href")) ?? "", /^https:\/\/github\.com\/dfds\/postmortems\//);
      assert.equal(await source.getAttribute("target"), "_blank");
    } finally {
      await page.close();
    }
  });

  test("home shows ours and public together, and the switch narrows to either", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(app.baseUrl);
      const items = page.locator("main ul li h2");
      await items.first().waitFor();
      assert.equal(await items.count(), 5 + packPostmortems.length);

      await page.getByRole("navigation", { name: "Which incidents" }).getByRole("link", { name: "Ours" }).click();
      await page.waitForURL(/origin=own/);
      assert.equal(await page.locator("main ul li h2").count(), 5);
      assert.equal(await page.getByText(/^Public: /).count(), 0, "no public badge among our own");

      await page.getByRole("navigation", { name: "Which incidents" }).getByRole("link", { name: "Public" }).click();
      await page.waitForURL(/origin=public/);
      assert.equal(await page.locator("main ul li h2").count(), packPostmortems.length);
    } finally {
      await page.close();
    }
  });

  test("a pattern page says how many of its incidents are ours, and filters to the public ones", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${app.baseUrl}/patterns/cluster-dns-loss`);
      const seen = page.getByText(/^Seen in \d+ incidents: 2 ours, \d+ public\.$/);
      await seen.waitFor();
      const [, total, publicCount] = /Seen in (\d+) incidents: 2 ours, (\d+) public/.exec(await seen.innerText())!;
      assert.equal(Number(total), 2 + Number(publicCount));
      await page.getByRole("navigation", { name: "Which incidents" }).getByRole("link", { name: "Public" }).click();
      await page.waitForURL(/origin=public/);
      const cards = page.locator("#incidents ~ ul > li");
      assert.equal(await cards.count(), Number(publicCount));
      assert.equal(await cards.getByText(/^Public: /).count(), Number(publicCount));
    } finally {
      await page.close();
    }
  });

  test("search can be narrowed to our incidents or to public ones", async () => {
    const search = async (origin: string) => {
      const response = await fetch(`${app.baseUrl}/api/search?q=CoreDNS&kind=postmortem&origin=${origin}&limit=50`);
      assert.equal(response.status, 200);
      const body = (await response.json()) as { groups: { postmortems: { items: { slug: string }[] } } };
      return body.groups.postmortems.items.map((i) => i.slug);
    };
    const pub = await search("public");
    assert.ok(pub.includes("dfds-2020-eks-114-upgrade-coredns-crashloop"), pub.join(", "));
    const own = await search("own");
    assert.ok(!own.some((slug) => pub.includes(slug)), "an own search returns no public incident");
    const bad = await fetch(`${app.baseUrl}/api/search?q=CoreDNS&origin=theirs`);
    assert.equal(bad.status, 400);
  });

  // Drawing a diagram is the browser's work on text the database hands back unchanged: once per
  // CI run is enough, and the embedded run is the one every machine has.
  const drawOnce = engine === "pglite" ? {} : { skip: "drawn in the PGlite run (it does not depend on the database)" };
  test(
    `every diagram of the pack (${withDiagrams.length} postmortems) is drawn, none fails to parse`,
    drawOnce,
    async () => {
      const page = await browser.newPage();
      try {
        for (const slug of withDiagrams) {
          await page.goto(`${app.baseUrl}/postmortems/${slug}`);
          await drawDiagrams(page);
          const figures = page.locator("#diagrams figure");
          const count = await figures.count();
          assert.ok(count > 0, `${slug} shows its diagrams`);
          for (let i = 0; i < count; i++) {
            const drawn = figures.nth(i).locator("svg, [role=alert]").first();
            await drawn.waitFor({ timeout: 20_000 });
            assert.equal(await figures.nth(i).locator("[role=alert]").count(), 0, `${slug}: diagram ${i + 1} failed`);
          }
        }
      } finally {
        await page.close();
      }
    },
  );
});
