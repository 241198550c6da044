import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import { parseFeed } from "@rowanmanning/feed-parser";
import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";

// Issue 14, item 1: /postmortems in a real browser. Sorting and filtering are
// links and a GET form, so the URL holds the whole state and Back restores it.

let app: AppServer;
let browser: Browser;

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(url: string, options: { dark?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.dark ? "dark" : "light",
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${url}`);
  return page;
}

const rowTitles = (page: Page) =>
  page.getByRole("region", { name: "Postmortems, sortable" }).locator("tbody tr td:nth-child(2)").allInnerTexts();

describe("the postmortem index in a browser", () => {
  test("sorting by a column header and filtering with the form keep their state in the URL; Back restores it", async () => {
    const prisma = app.database.prisma;
    const published = await prisma.postmortem.findMany({
      where: { status: "published" },
      select: { title: true, cloudProvider: true, timeToResolveSeconds: true, id: true },
    });
    const byResolve = [...published].sort(
      (a, b) => (a.timeToResolveSeconds ?? Infinity) - (b.timeToResolveSeconds ?? Infinity) || (a.id < b.id ? -1 : 1),
    );
    const provider = published.find((p) => p.cloudProvider)!.cloudProvider!;
    const page = await open("/postmortems");
    try {
      const nav = page.getByRole("navigation", { name: "Main" });
      assert.equal(await nav.getByRole("link", { name: "Index" }).getAttribute("aria-current"), "page");
      assert.equal((await rowTitles(page)).length, published.length);

      await page.getByRole("link", { name: /^To resolve/ }).click();
      await page.waitForURL(/sort=ttr/);
      assert.deepEqual(
        await rowTitles(page),
        byResolve.map((p) => p.title),
      );
      assert.equal(
        await page.getByRole("columnheader", { name: /^To resolve/ }).getAttribute("aria-sort"),
        "ascending",
      );
      await page.getByRole("link", { name: /^To resolve/ }).click();
      await page.waitForURL(/sort=ttr&dir=desc/);
      assert.equal(
        await page.getByRole("columnheader", { name: /^To resolve/ }).getAttribute("aria-sort"),
        "descending",
      );

      await page.getByLabel("Provider").selectOption(provider);
      await page.getByRole("button", { name: "Filter" }).click();
      await page.waitForURL((url) => url.searchParams.get("provider") === provider);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get("sort"), "ttr", "filtering keeps the sort");
      assert.equal(url.searchParams.get("dir"), "desc");
      const matching = published.filter((p) => p.cloudProvider === provider);
      assert.deepEqual(new Set(await rowTitles(page)), new Set(matching.map((p) => p.title)));
      assert.match(await page.getByTestId("index-count").first().innerText(), new RegExp(`of ${matching.length} `));

      await page.goBack();
      await page.waitForURL((u) => !u.searchParams.has("provider") && u.searchParams.get("dir") === "desc");
      assert.equal(await page.getByLabel("Provider").inputValue(), "");
      assert.equal((await rowTitles(page)).length, published.length);
      await page.goBack();
      await page.waitForURL((u) => u.searchParams.get("sort") === "ttr" && !u.searchParams.has("dir"));
      assert.deepEqual(
        await rowTitles(page),
        byResolve.map((p) => p.title),
      );

      await page.getByRole("link", { name: byResolve[0]!.title }).click();
      await page.waitForURL(/\/postmortems\/[^/?]+$/);
      assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), byResolve[0]!.title);
    } finally {
      await page.context().close();
    }
  });

  test("a feed reader finds the Atom feeds from a page's alternate links, and each lists published postmortems", async () => {
    const published = await app.database.prisma.postmortem.findMany({
      where: { status: "published" },
      select: { title: true },
    });
    const titles = new Set(published.map((p) => p.title));
    const page = await open("/");
    try {
      const pattern = await page.locator("main a[href^='/patterns/']").first().getAttribute("href");
      const feeds = await page
        .locator('link[rel="alternate"][type="application/atom+xml"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      await page.goto(`${app.baseUrl}${pattern}`);
      feeds.push(
        ...(await page
          .locator('link[rel="alternate"][type="application/atom+xml"]')
          .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))),
      );
      assert.ok(
        feeds.some((href) => new URL(href).pathname === "/feed.xml"),
        "home links the feed of everything",
      );
      assert.ok(
        feeds.some((href) => href.endsWith(`${pattern}/feed.xml`)),
        "a pattern page links its own feed",
      );
      for (const href of new Set(feeds)) {
        const response = await page.request.get(href);
        assert.equal(response.status(), 200, href);
        assert.match(response.headers()["content-type"] ?? "", /atom\+xml/, href);
        const feed = parseFeed(await response.text());
        assert.ok(feed.items.length > 0, `${href} has entries`);
        for (const item of feed.items) assert.ok(titles.has(item.title ?? ""), `${href}: ${item.title} is published`);
      }
    } finally {
      await page.context().close();
    }
  });

  for (const dark of [false, true]) {
    test(`axe finds no violations on /postmortems, filtered to nothing too (${dark ? "dark" : "light"})`, async () => {
      for (const path of ["/postmortems?sort=severity", "/postmortems?component=nothing-here"]) {
        const page = await open(path, { dark });
        try {
          const { violations } = await new AxeBuilder({ page }).analyze();
          assert.deepEqual(
            violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`),
            [],
            path,
          );
        } finally {
          await page.context().close();
        }
      }
    });
  }
});
