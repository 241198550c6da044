import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { drawDiagrams, launchBrowser } from "../helpers/browser";
import { browserCookies, signedInUser } from "../helpers/users";

// The Content-Security-Policy in Chromium: every page works under it (hydration,
// mermaid's <style> and SVG, the editor and its diagram preview) and the browser
// reports no violation; and a page cannot be framed.

let app: AppServer;
let browser: Browser;
let authorCookie: string;
let viewerCookie: string;
before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  authorCookie = (await signedInUser(app.baseUrl, app.database, "author")).cookie;
  viewerCookie = (await signedInUser(app.baseUrl, app.database, "viewer")).cookie;
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

/** A page that records every CSP violation (the event, and the console line Chromium prints). */
async function watched(cookie?: string): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext();
  if (cookie) await context.addCookies(browserCookies(cookie, app.baseUrl));
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (t: string) => void }).reportViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { page, violations };
}

/** React has hydrated the page (its scripts ran): the header's DOM carries React's fiber. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => Object.keys(document.querySelector("header") ?? {}).some((key) => key.startsWith("__reactFiber")),
    undefined,
    { timeout: 30_000 },
  );
}

describe("under the Content-Security-Policy", () => {
  const pages: Array<{ path: string; as?: "author" | "viewer"; ready: (page: Page) => Promise<void> }> = [
    { path: "/", ready: (page) => page.getByRole("heading", { level: 1 }).first().waitFor() },
    {
      path: "/postmortems/cce-elb-members-per-pool-quota",
      ready: async (page) => {
        await drawDiagrams(page);
        const svg = page.locator("#diagrams figure svg").first();
        await svg.waitFor({ timeout: 30_000 });
        assert.ok((await svg.locator("g").count()) > 0, "mermaid drew the diagram");
        assert.equal(await page.locator("#diagrams [role=alert]").count(), 0);
      },
    },
    {
      path: `/search?q=${encodeURIComponent("ELB.8905 members per pool")}`,
      ready: (page) =>
        page
          .getByRole("link", { name: /CCE|ELB/ })
          .first()
          .waitFor(),
    },
    { path: "/patterns/lb-quota-exhaustion", ready: (page) => page.getByRole("heading", { level: 1 }).waitFor() },
    { path: "/sign-in", ready: (page) => page.getByRole("button", { name: /Sign in/ }).waitFor() },
    {
      path: "/postmortems/new",
      as: "viewer",
      ready: (page) => page.getByRole("heading", { name: "Your role does not open this page" }).waitFor(),
    },
    {
      path: "/postmortems/new",
      as: "author",
      ready: async (page) => {
        await page.locator("#postmortem-form").waitFor();
        await page.getByRole("button", { name: "+ Add diagram" }).click();
        await page.locator("#pm-diagrams-0-source").fill('flowchart LR\n  gw["Gateway"] --> lb["LB"] --> pods["Pods"]');
        const preview = page.locator("[aria-label='Preview of diagram 1']");
        await preview.scrollIntoViewIfNeeded();
        await preview.locator("svg, [role=alert]").first().waitFor({ timeout: 60_000 });
        assert.equal(await preview.getByRole("alert").count(), 0, "the preview drew the diagram");
      },
    },
  ];

  for (const { path, as, ready } of pages) {
    test(`${path}${as ? ` (${as})` : ""} works and the browser reports no violation`, async () => {
      const { page, violations } = await watched(
        as === "author" ? authorCookie : as === "viewer" ? viewerCookie : undefined,
      );
      try {
        const response = await page.goto(`${app.baseUrl}${path}`);
        assert.ok(response?.headers()["content-security-policy"]?.includes("frame-ancestors 'none'"));
        await hydrated(page);
        await ready(page);
        await page.waitForTimeout(300);
        assert.deepEqual(violations, []);
      } finally {
        await page.context().close();
      }
    });
  }

  test("another site cannot frame a page", async () => {
    const { page, violations } = await watched(authorCookie);
    try {
      await page.setContent(`<iframe src="${app.baseUrl}/postmortems/new" width="800" height="600"></iframe>`);
      await page.waitForTimeout(1500);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const framedForm = frame
        ? await frame
            .locator("#postmortem-form")
            .count()
            .catch(() => 0)
        : 0;
      assert.equal(framedForm, 0, "the editor did not render inside the frame");
      assert.ok(
        violations.some((v) => /frame-ancestors/.test(v)),
        violations.join("\n") || "no frame-ancestors report",
      );
    } finally {
      await page.context().close();
    }
  });
});
