import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { Browser } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";
import { caller, type Signed } from "../helpers/http";
import { createCuttableLink, type CuttableLink } from "../helpers/tcp-cut";
import { engine } from "../helpers/test-database";
import { signedInUser } from "../helpers/users";

// Issue 13, item 3: with the database unreachable (the link between the app and
// the database cut: connections dropped, new ones refused), the published pages
// keep answering from the page cache, warmed at start, with a banner saying since
// when; writes and pages with no copy are 503 with Retry-After; when the database
// is back, so is everything.

let app: AppServer;
let link: CuttableLink;
let browser: Browser;
let call: ReturnType<typeof caller>;
let reviewer: Signed;
let pages: string[] = [];

const slug = "calico-ipvs-stale-realserver-502s";

before(async () => {
  [app, browser] = await Promise.all([
    startAppServer({
      env: { HINDSIGHT_WARM_PAGES: "true" },
      connectVia: async (url) => (link = await createCuttableLink(url)).url,
    }),
    launchBrowser(),
  ]);
  call = caller(app.baseUrl);
  reviewer = await signedInUser(app.baseUrl, app.database, "reviewer");
  pages = ((await call("GET", "/api/pages")).body.pages as Array<{ path: string }>).map((p) => p.path);
});
after(async () => {
  await browser?.close();
  await app?.stop();
  await link?.close();
});

/** Until the server's warm-up queue is empty (GET /api/pages says how many pages it still has to render). */
async function warmUpDone(timeoutMs = 240_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if ((await call("GET", "/api/pages")).body.warming === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the warm-up did not finish in ${timeoutMs} ms`);
}

describe(`reading while the database is unreachable (${engine})`, () => {
  test("at start every reading page is rendered into the cache without a reader asking", async () => {
    assert.ok(pages.length > 20, `GET /api/pages listed ${pages.length}`);
    await warmUpDone();
    // The first request of each page (none was asked before) finds it in the cache.
    const cold: string[] = [];
    for (const path of pages)
      if ((await fetch(`${app.baseUrl}${path}`)).headers.get("x-nextjs-cache") !== "HIT") cold.push(path);
    assert.deepEqual(cold, []);
  });

  test("cut: every published page still answers, with its content, and says since when the database is away", async () => {
    await link.cut();
    const health = await call("GET", "/api/health");
    assert.equal(health.status, 503);
    assert.equal(health.body.status, "degraded");
    const since = Date.parse(health.body.unreachableSince);
    assert.ok(Date.now() - since < 60_000, health.body.unreachableSince);

    const failed: string[] = [];
    for (const path of pages) {
      const { status, text } = await call("GET", path);
      if (status !== 200 || !text.includes("</html>")) failed.push(`${path}: ${status}`);
    }
    assert.deepEqual(failed, []);
    const pm = await call("GET", `/postmortems/${slug}`);
    assert.match(pm.text, /Root cause/);

    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/postmortems/${slug}`);
    const banner = page.locator("[data-database-banner]");
    await banner.waitFor();
    assert.match(await banner.innerText(), /The database has been unreachable since .+editing is paused/s);
    assert.equal(await banner.getAttribute("role"), "status");
    assert.ok(await page.getByRole("heading", { name: "Root cause" }).isVisible());
    await page.close();
  });

  test("cut: search answers from its snapshot, in the API and on the /search page", async () => {
    const line = "ELB.8905";
    const api = await call("GET", `/api/search?q=${encodeURIComponent(line)}`);
    assert.equal(api.status, 200, api.text.slice(0, 300));
    assert.equal(api.body.source.kind, "snapshot");
    assert.equal(api.body.groups.postmortems.items[0]?.slug, "cce-elb-members-per-pool-quota");
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/search?q=${encodeURIComponent(line)}`);
    await page
      .getByText(/Database unreachable: results from the copy of/)
      .first()
      .waitFor();
    const first = page
      .locator("main")
      .getByRole("link", { name: /CCE LoadBalancer Services/ })
      .first();
    await first.waitFor();
    await page.close();
  });

  test("cut: writes, and pages with no saved copy, answer 503 with Retry-After; nothing is written", async () => {
    const before = await app.database.prisma.postmortem.findUniqueOrThrow({
      where: { slug },
      select: { version: true },
    });
    const put = await call("PUT", `/api/postmortems/${slug}`, {
      as: reviewer,
      body: { version: before.version, postmortem: { title: "not saved" } },
    });
    assert.equal(put.status, 503, put.text);
    assert.ok(Number(put.headers.get("retry-after")) > 0);
    const missing = await call("GET", "/postmortems/no-such-postmortem-in-the-cache");
    assert.equal(missing.status, 503, missing.text.slice(0, 200));
    assert.ok(Number(missing.headers.get("retry-after")) > 0);
    await link.restore();
    const after = await app.database.prisma.postmortem.findUniqueOrThrow({
      where: { slug },
      select: { version: true },
    });
    assert.equal(after.version, before.version);
  });

  test("restored: the banner goes, and a save is on the page at once", async () => {
    let health = await call("GET", "/api/health");
    for (let i = 0; i < 20 && health.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      health = await call("GET", "/api/health");
    }
    assert.equal(health.status, 200, JSON.stringify(health.body));
    const current = (await call("GET", `/api/postmortems/${slug}`, { as: reviewer })).body;
    const title = `${current.postmortem.title} (after the outage)`;
    const put = await call("PUT", `/api/postmortems/${slug}`, {
      as: reviewer,
      body: { version: current.version, postmortem: { ...current.postmortem, title } },
    });
    assert.equal(put.status, 200, put.text);
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/postmortems/${slug}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.waitForLoadState("networkidle");
    assert.equal(await page.locator("[data-database-banner]").count(), 0);
    await page.close();
  });
});
