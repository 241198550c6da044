import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { drawDiagrams, launchBrowser } from "../helpers/browser";
import { contentDir, packDir } from "../helpers/paths";
import { browserCookies, signedInUser } from "../helpers/users";

// Phones people are on call with: the narrowest common width and an iPhone's.
const widths = [360, 390];
const themes = ["light", "dark"] as const;

const names = async (dir: string) =>
  (await readdir(dir)).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, ""));
const incidents = (await names(path.join(contentDir, "postmortems"))).sort();
const packIncidents = (await names(path.join(packDir, "postmortems"))).sort().slice(0, 3);
const patterns = (await names(path.join(contentDir, "patterns"))).sort();
const limits = (await names(path.join(contentDir, "limits"))).sort();

const readerPages = [
  "/",
  ...incidents.map((slug) => `/postmortems/${slug}`),
  ...packIncidents.map((slug) => `/postmortems/${slug}`),
  "/patterns",
  ...patterns.map((slug) => `/patterns/${slug}`),
  "/limits",
  ...limits.map((id) => `/limits/${id}`),
  `/search?q=${encodeURIComponent("ELB.8905 members_per_pool quota exceeded")}&severity=SEV3&kind=postmortem`,
  "/sign-in",
  "/sign-up",
];
const authorPages = [
  "/postmortems/new",
  `/postmortems/${incidents[0]}/edit`,
  `/postmortems/${incidents[0]}/history`,
  "/settings/tokens",
];

let app: AppServer;
let browser: Browser;
let authorCookie: string;
before(async () => {
  [app, browser] = await Promise.all([startAppServer({ content: [contentDir, packDir] }), launchBrowser()]);
  authorCookie = (await signedInUser(app.baseUrl, app.database, "author")).cookie;
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

/** Waits until every diagram on the page is drawn (or has failed visibly): an SVG can be the widest thing there. */
async function diagramsDrawn(page: Page): Promise<void> {
  await drawDiagrams(page);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("figure")].every((figure) => !figure.querySelector("[aria-busy=true]")) &&
      document.fonts.status === "loaded",
    undefined,
    { timeout: 20_000 },
  );
}

/**
 * How far the page pans sideways, and the elements that stick out of the
 * viewport without an ancestor that scrolls or clips them: what a reader on a
 * phone would have to swipe to see.
 */
function sidewaysOverflow(page: Page) {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const sticking: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 0.5 && box.left >= -0.5) continue;
      // A visually hidden 1x1 box (sr-only, margin -1px) past the left edge: nothing to see, and left never pans.
      if (box.right <= width + 0.5 && box.width <= 1 && box.height <= 1) continue;
      // Clipped by a scrolling ancestor only if it is on the containing-block chain:
      // an absolute child of a static scroll box (an sr-only label) escapes it.
      let contained = false;
      let position = getComputedStyle(element).position;
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (position === "fixed") break;
        if (position === "absolute" && style.position === "static" && style.transform === "none") continue;
        if (style.overflowX !== "visible") {
          contained = true;
          break;
        }
        position = style.position;
      }
      if (contained) continue;
      const classes = [...element.classList].slice(0, 4).join(".");
      const text = (element.textContent ?? "").trim().slice(0, 40);
      sticking.push(
        `${element.tagName.toLowerCase()}.${classes} "${text}" (${Math.round(box.left)}..${Math.round(box.right)})`,
      );
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, sticking: sticking.slice(0, 6) };
  });
}

/** What pans sideways on a page at each phone width: one line per width that does. */
async function sidewaysScrollAt(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 844 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const { scrollWidth, clientWidth, sticking } = await sidewaysOverflow(page);
    if (scrollWidth > clientWidth || sticking.length)
      problems.push(`${label} at ${width} px pans to ${scrollWidth} px; sticking out: ${sticking.join(", ")}`);
  }
  return problems;
}

for (const theme of themes) {
  describe(`on a phone in the ${theme} theme, no page scrolls sideways`, () => {
    for (const [group, pages] of [
      ["a reader", readerPages],
      ["an author", authorPages],
    ] as const) {
      test(`the pages ${group} opens, at ${widths.join(" and ")} px`, async () => {
        const context = await browser.newContext({ colorScheme: theme, viewport: { width: widths[0]!, height: 844 } });
        if (group === "an author") await context.addCookies(browserCookies(authorCookie, app.baseUrl));
        const page = await context.newPage();
        const problems: string[] = [];
        try {
          for (const url of pages) {
            const response = await page.goto(app.baseUrl + url);
            assert.equal(response?.status(), 200, `${url} answers 200`);
            assert.equal(
              await page.evaluate(() => document.documentElement.classList.contains("dark")),
              theme === "dark",
              `${url} is in the ${theme} theme`,
            );
            if (url.startsWith("/search"))
              await page
                .getByRole("link", { name: /ELB|members_per_pool/ })
                .first()
                .waitFor();
            await diagramsDrawn(page);
            problems.push(...(await sidewaysScrollAt(page, url)));
          }
          assert.deepEqual(problems, [], problems.join("\n"));
        } finally {
          await context.close();
        }
      });
    }
  });
}

describe("on a phone", () => {
  test("the header's Sign in link stays on one line", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 844 } });
    try {
      await page.goto(app.baseUrl + "/");
      const lines = await page
        .getByRole("banner")
        .getByRole("link", { name: "Sign in" })
        .evaluate((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        });
      assert.equal(lines, 1);
    } finally {
      await page.close();
    }
  });

  test("every column of an incident's limits table can be scrolled to inside the table's own box", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(app.baseUrl + "/postmortems/ack-slb-attachment-quota-release-outage");
      const table = page.locator("#limits table");
      for (const column of ["Limit", "Default", "Observed", "Raised to", "Docs"]) {
        const heading = table.getByRole("columnheader", { name: column });
        await heading.scrollIntoViewIfNeeded();
        const box = (await heading.boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= 390 + 0.5, `the "${column}" column can be brought into view`);
      }
      assert.equal(await page.evaluate(() => window.scrollX), 0, "the page itself did not pan");
    } finally {
      await page.close();
    }
  });
});
