import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { createInsightFixtures } from "../fixtures/insights";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";

let app: AppServer;
let browser: Browser;

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  await createInsightFixtures(app.database.prisma);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(url: string, dark = false): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: dark ? "dark" : "light",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${url}`);
  return page;
}

const charts = ["incidents-by-quarter", "response-times", "resolve-times", "limits", "action-items"];

describe("the insights page", () => {
  test("draws each chart as an SVG image with a summary, a table of the same numbers and its CSV", async () => {
    const page = await open("/insights");
    try {
      const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" });
      assert.equal(await nav.getAttribute("aria-current"), "page");
      for (const chart of charts) {
        const section = page.locator(`section[data-insight="${chart}"]`);
        const image = section.locator('svg[role="img"]').first();
        assert.match(
          (await image.getAttribute("aria-label")) ?? "",
          /^\S.{40,}/,
          `${chart}: the SVG is named by a summary`,
        );
        assert.ok((await section.locator("table").count()) >= 1, `${chart}: a table view`);
        assert.match(
          (await section.getByRole("link", { name: /Download CSV/ }).getAttribute("href")) ?? "",
          new RegExp(`^/insights/${chart}\\.csv`),
        );
      }
      // The folded table opens and reads as a table.
      const quarters = page.locator('section[data-insight="incidents-by-quarter"]');
      await quarters.getByText("Show as table").click();
      const row = quarters.getByRole("row").filter({ hasText: "2025-Q1" }).filter({ hasText: "Spot" });
      assert.equal(await row.getByRole("cell").last().textContent(), "2");
      const fix = page.locator('section[data-insight="fix-did-not-hold"]').getByRole("row").nth(1);
      assert.match((await fix.textContent()) ?? "", /insights-dns-a.*insights-dns-c/);
    } finally {
      await page.context().close();
    }
  });

  test("a filter goes into the URL and changes the numbers; one that matches nothing says so", async () => {
    const page = await open("/insights");
    try {
      const matching = page.getByTestId("insights-matching");
      const before = await matching.textContent();
      await page.getByLabel("Severity", { exact: true }).selectOption("SEV1");
      await page.getByRole("button", { name: "Apply" }).click();
      await page.waitForURL(/[?&]severity=SEV1(&|$)/);
      assert.equal(await matching.textContent(), "3 published postmortems match.");
      assert.notEqual(before, await matching.textContent());
      const csv = await page.getByRole("link", { name: /Download CSV of limits/i }).getAttribute("href");
      assert.match(csv ?? "", /severity=SEV1/, "the CSV link carries the filters");
      await page.getByLabel("Severity", { exact: true }).selectOption("SEV4");
      await page.getByRole("button", { name: "Apply" }).click();
      await page.waitForURL(/[?&]severity=SEV4(&|$)/);
      await page.getByText("No published postmortem matches these filters.").waitFor();
      assert.equal(await page.locator('svg[role="img"]').count(), 0);
    } finally {
      await page.context().close();
    }
  });

  for (const dark of [false, true]) {
    test(`axe finds no violations, tables open (${dark ? "dark" : "light"})`, async () => {
      const page = await open("/insights", dark);
      try {
        for (const summary of await page.getByText("Show as table").all()) await summary.click();
        const { violations } = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`),
          [],
        );
      } finally {
        await page.context().close();
      }
    });
  }
});
