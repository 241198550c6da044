import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { Browser, BrowserContext, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";
import { browserCookies, signedInUser } from "../helpers/users";

// Hindsight on the on-call laptop with no network (app/sw.ts, components/offline):
// Chromium with the browser context set offline, which also cuts the service
// worker's own fetches (checked below: a page never saved gets the fallback).

const visited = "/postmortems/cce-elb-members-per-pool-quota";
const neverVisited = "/postmortems/calico-ipvs-stale-realserver-502s";
const elbLine =
  'Update member of listener/pool(...) error: Failed to create member :(error_msg":"Quota exceeded for resources: members_per_pool","error_code":"ELB.8905",...},status code: 409';

let app: AppServer;
let appOff: AppServer;
let browser: Browser;
before(async () => {
  [app, appOff, browser] = await Promise.all([
    startAppServer(),
    startAppServer({ env: { HINDSIGHT_OFFLINE: "false" } }),
    launchBrowser({ serviceWorkers: "allow" }),
  ]);
});
after(async () => {
  await browser?.close();
  await Promise.all([app?.stop(), appOff?.stop()]);
});

interface Watched {
  context: BrowserContext;
  page: Page;
  /** CSP violations and React's hydration errors */
  problems: string[];
}

async function watched(cookie?: string, baseUrl = app.baseUrl): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (cookie) await context.addCookies(browserCookies(cookie, baseUrl));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content.Security.Policy|hydrat/i.test(text)) problems.push(text);
  });
  page.on("pageerror", (error) => {
    if (/hydrat/i.test(error.message)) problems.push(error.message);
  });
  return { context, page, problems };
}

/** The service worker controls the page (it claims it once active). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

async function cachedKeys(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, cacheName);
}

/** Polls from here: waitForFunction takes a promise for a truthy value. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function waitForCopy(page: Page, path: string): Promise<void> {
  await until(`a copy of ${path} is kept`, () =>
    page.evaluate(async (p) => (await (await caches.open("hindsight-visited")).match(p)) !== undefined, path),
  );
}

const banner = (page: Page) => page.locator("[data-offline-banner]");

describe("offline on the on-call laptop", () => {
  test("a postmortem visited online opens offline, with its content and the banner that says it is the last visit's copy", async () => {
    const { context, page, problems } = await watched();
    try {
      await page.goto(`${app.baseUrl}${visited}`);
      await controlled(page);
      await waitForCopy(page, visited);

      await context.setOffline(true);
      await page.reload();
      await page.getByRole("heading", { level: 1, name: /ELB members_per_pool quota/ }).waitFor();
      assert.match(await page.locator("main").innerText(), /ELB\.8905/, "the page's content is there");
      await banner(page).waitFor();
      assert.match(
        await banner(page).innerText(),
        /^You are offline\. This page is the copy from your last visit, just now \(\d{4}-\d\d-\d\d \d\d:\d\d\)\.$/,
      );
      assert.equal(await page.locator("[role=status]:has([data-offline-banner])").count(), 1, "an accessible status");
      await page.emulateMedia({ media: "print" });
      assert.equal(await banner(page).isVisible(), false, "not on paper");
      await page.emulateMedia({ media: "screen" });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("a page never visited and not saved shows the offline page, which lists what is saved", async () => {
    const { context, page, problems } = await watched();
    try {
      await page.goto(`${app.baseUrl}${visited}`);
      await controlled(page);
      await waitForCopy(page, visited);
      await context.setOffline(true);

      await page.goto(`${app.baseUrl}${neverVisited}`);
      await page.getByRole("heading", { name: "You are offline; this page was not saved" }).waitFor();
      const saved = page.getByRole("link", { name: /ELB members_per_pool quota/ });
      await saved.waitFor();
      await saved.click();
      await page.getByRole("heading", { level: 1, name: /ELB members_per_pool quota/ }).waitFor();
      assert.equal(new URL(page.url()).pathname, visited);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("Save for offline, go offline: a postmortem and a limit never visited open, and the banner gives the saved copy's age", async () => {
    const { context, page, problems } = await watched();
    try {
      await page.goto(`${app.baseUrl}/`);
      await controlled(page);
      await page.getByRole("button", { name: "Save for offline" }).click();
      const status = page.getByRole("region", { name: "Offline copy" }).getByRole("status");
      await page.getByText(/^Saved 5 postmortems, \d+ patterns, 8 limits, [\d.]+ (kB|MB), at \d\d:\d\d/).waitFor({
        timeout: 60_000,
      });
      const summary = await status.innerText();
      assert.doesNotMatch(summary, /could not be saved/, summary);

      await context.setOffline(true);
      await page.goto(`${app.baseUrl}${neverVisited}`);
      await page.getByRole("heading", { level: 1, name: /Intermittent 502s/ }).waitFor();
      await banner(page).waitFor();
      assert.match(await banner(page).innerText(), /^You are offline\. Showing the copy saved just now \(.+\)\.$/);

      await page.goto(`${app.baseUrl}/limits/huawei-elb-members-per-pool`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /members/i);

      // Offline, the footer still says what the copy holds, and cannot refresh it.
      assert.match(await status.innerText(), /^Saved 5 postmortems/);
      assert.equal(await page.getByRole("button", { name: "Refresh offline copy" }).isDisabled(), true);
      assert.deepEqual(problems, []);

      // Removed: the page is gone from the laptop (and offline there is nothing to save, so no button).
      await page.getByRole("button", { name: "Remove offline copy" }).click();
      await page.getByRole("region", { name: "Offline copy" }).waitFor({ state: "detached" });
      await page.goto(`${app.baseUrl}/limits/huawei-elb-members-per-pool`);
      await page.getByRole("heading", { name: "You are offline; this page was not saved" }).waitFor();
    } finally {
      await context.close();
    }
  });

  test("offline, the search box searches the saved copy: the ELB.8905 line finds the CCE quota incident first", async (t) => {
    const snapshot = await fetch(`${app.baseUrl}/api/search/snapshot`);
    if (snapshot.status === 404) {
      t.skip("this build has no search snapshot (GET /api/search/snapshot) to search offline");
      return;
    }
    const { context, page } = await watched();
    try {
      await page.goto(`${app.baseUrl}/`);
      await controlled(page);
      await page.getByRole("button", { name: "Save for offline" }).click();
      await page.getByText(/^Saved 5 postmortems/).waitFor({ timeout: 60_000 });
      await context.setOffline(true);
      await page.goto(`${app.baseUrl}/search`);
      await page.getByRole("heading", { name: "Search", level: 1 }).waitFor();
      await page.locator("main textarea").first().fill(elbLine);
      await page.getByText(/You are offline: searched the copy saved/).waitFor({ timeout: 30_000 });
      const postmortems = page.locator("main section", {
        has: page.getByRole("heading", { name: "Postmortems", exact: true }),
      });
      const first = postmortems.getByRole("listitem").first().getByRole("link");
      assert.match(await first.innerText(), /CCE LoadBalancer Services: ELB members_per_pool quota/);
      assert.equal(await first.getAttribute("href"), visited);
    } finally {
      await context.close();
    }
  });

  test("offline with nothing saved, search says so instead of failing silently", async () => {
    const { context, page } = await watched();
    try {
      await page.goto(`${app.baseUrl}/search`);
      await controlled(page);
      await waitForCopy(page, "/search");
      await context.setOffline(true);
      // The one copy of /search serves every query: the query comes from the address.
      await page.goto(`${app.baseUrl}/search?q=ELB.8905`);
      await page.getByRole("heading", { name: "Search", level: 1 }).waitFor();
      await page.getByText(/no search index is saved on this browser/).waitFor({ timeout: 30_000 });
      assert.equal(await page.locator("main textarea").first().inputValue(), "ELB.8905");
    } finally {
      await context.close();
    }
  });

  test("signed-in pages and signed-in HTML are never kept", async () => {
    const author = await signedInUser(app.baseUrl, app.database, "author");
    const { context, page } = await watched(author.cookie);
    try {
      await page.goto(`${app.baseUrl}${visited}`);
      await controlled(page);
      await waitForCopy(page, visited);
      await page.goto(`${app.baseUrl}/postmortems/new`);
      await page.goto(`${app.baseUrl}${visited}/history`);
      await page.goto(`${app.baseUrl}/settings/tokens`);
      await page.goto(`${app.baseUrl}${visited}`);
      await page.waitForTimeout(1000);

      const keys = [...(await cachedKeys(page, "hindsight-visited")), ...(await cachedKeys(page, "hindsight-saved"))];
      assert.deepEqual(keys, [visited], "only the public reading page");
      const html = await page.evaluate(
        async (p) => (await (await (await caches.open("hindsight-visited")).match(p))!.text()) as string,
        visited,
      );
      assert.ok(html.includes("ELB.8905"));
      assert.ok(!html.includes(author.email) && !html.includes(author.name), "no trace of who was signed in");
    } finally {
      await context.close();
    }
  });

  test("the app is installable: Chromium reports no installability error for the manifest and worker", async () => {
    const { context, page } = await watched();
    try {
      await page.goto(`${app.baseUrl}/`);
      await controlled(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
        installabilityErrors: Array<{ errorId: string }>;
      };
      // Playwright's contexts are incognito profiles, where Chromium never offers to install: that is the one error allowed.
      assert.deepEqual(
        installabilityErrors.filter((error) => error.errorId !== "in-incognito"),
        [],
      );
      const manifest = (await (await fetch(`${app.baseUrl}/manifest.webmanifest`)).json()) as {
        display: string;
        icons: Array<{ sizes: string }>;
      };
      assert.equal(manifest.display, "standalone");
      assert.deepEqual(manifest.icons.map((icon) => icon.sizes).sort(), ["192x192", "512x512", "any"]);
    } finally {
      await context.close();
    }
  });
});

describe("HINDSIGHT_OFFLINE=false", () => {
  test("no service worker, no Save for offline button, and the offline endpoints answer 404", async () => {
    const { context, page } = await watched(undefined, appOff.baseUrl);
    try {
      await page.goto(`${appOff.baseUrl}/`);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
      assert.equal(await page.getByRole("button", { name: "Save for offline" }).count(), 0);
      assert.deepEqual(await (await fetch(`${appOff.baseUrl}/api/offline`)).json(), { enabled: false });
      assert.equal((await fetch(`${appOff.baseUrl}/api/offline/manifest`)).status, 404);
      assert.equal((await fetch(`${appOff.baseUrl}/api/search/snapshot`)).status, 404);
    } finally {
      await context.close();
    }
  });

  test("a worker installed before the switch is unregistered, and what it kept deleted, on the next online visit", async () => {
    const { context, page } = await watched(undefined, appOff.baseUrl);
    try {
      await page.goto(`${appOff.baseUrl}/patterns`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.register("/serwist/sw.js", { scope: "/", type: "module" });
        await navigator.serviceWorker.ready;
        await (await caches.open("hindsight-saved")).put("/patterns", new Response("kept earlier"));
      });
      await page.reload();
      await until("the worker and its caches are gone", () =>
        page.evaluate(
          async () =>
            (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0,
        ),
      );
    } finally {
      await context.close();
    }
  });
});

test("GET /api/offline/manifest lists the published pages with when each last changed", async () => {
  const response = await fetch(`${app.baseUrl}/api/offline/manifest`);
  assert.equal(response.status, 200);
  const manifest = (await response.json()) as {
    pages: Array<{ kind: string; url: string; updatedAt: string | null }>;
    searchSnapshot: string;
  };
  const count = (kind: string) => manifest.pages.filter((page) => page.kind === kind).length;
  assert.equal(count("postmortem"), 5);
  assert.equal(count("limit"), 8);
  assert.ok(count("pattern") > 0);
  assert.ok(
    manifest.pages.some((page) => page.url === visited && page.updatedAt && !Number.isNaN(Date.parse(page.updatedAt))),
  );
  assert.equal(manifest.searchSnapshot, "/api/search/snapshot");
});
