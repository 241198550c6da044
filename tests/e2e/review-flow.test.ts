import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { actUntil, launchBrowser } from "../helpers/browser";
import { writeDraft } from "../helpers/drafts";
import { caller, type Signed } from "../helpers/http";
import { engine } from "../helpers/test-database";
import { browserCookies, signedInUser } from "../helpers/users";

// Issue 14, item 4 in a browser: an author reads their draft at its address
// with the banner and the review comments; a reviewer works the queue and is
// warned about an empty resolution before publishing.

let app: AppServer;
let browser: Browser;
let author: Signed;
let reviewer: Signed;

const draft = { slug: "review-e2e-draft", title: "Draft about a leaking connection pool" };
const oldest = { slug: "review-e2e-oldest", title: "Oldest in review: DNS cache poisoning" };
const newest = { slug: "review-e2e-newest", title: "Newest in review: disk full" };
const comment = "Which version of the client library leaked?";

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  [author, reviewer] = await Promise.all([
    signedInUser(app.baseUrl, app.database, "author"),
    signedInUser(app.baseUrl, app.database, "reviewer"),
  ]);
  const call = caller(app.baseUrl);
  await writeDraft(call, author, draft.slug, { title: draft.title });
  const posted = await call("POST", `/api/postmortems/${draft.slug}/comments`, {
    as: reviewer,
    body: { body: comment },
  });
  assert.equal(posted.status, 201, posted.text);
  const timeline = [{ at: "2025-01-02T03:04:05+00:00", kind: "trigger", description: "The cache is poisoned." }];
  await writeDraft(call, author, oldest.slug, { title: oldest.title, submit: true, extra: { timeline } });
  await writeDraft(call, author, newest.slug, {
    title: newest.title,
    submit: true,
    extra: { timeline, resolution: "Disk grown." },
  });
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function openAs(user: Signed, path: string, dark = false): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: dark ? "dark" : "light",
    viewport: { width: 1440, height: 900 },
  });
  await context.addCookies(browserCookies(user.cookie, app.baseUrl));
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${path}`);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`);
}

describe(`the review flow (${engine})`, () => {
  test("the author opens their draft at its read URL: the page as published, the banner and the comments", async () => {
    for (const dark of [false, true]) {
      const page = await openAs(author, `/postmortems/${draft.slug}`, dark);
      try {
        await page.getByRole("heading", { level: 1, name: draft.title }).waitFor();
        const banner = page.getByRole("region", { name: "Draft: not published" });
        assert.match(await banner.innerText(), /Only signed-in authors, reviewers and admins/);
        assert.equal(await banner.getByRole("button", { name: "Submit for review" }).count(), 1);
        await page.getByText(comment).waitFor();
        assert.equal(await page.getByRole("heading", { name: "Root cause" }).count(), 1);
        assert.deepEqual(await axeViolations(page), [], dark ? "dark" : "light");
      } finally {
        await page.context().close();
      }
    }
  });

  test("a reviewer opens the queue, opens the oldest, is warned about the empty resolution, and publishes", async () => {
    const dark = await openAs(reviewer, "/review", true);
    try {
      await dark.getByRole("heading", { name: "Review queue" }).waitFor();
      assert.deepEqual(await axeViolations(dark), [], "dark");
    } finally {
      await dark.context().close();
    }
    const page = await openAs(reviewer, "/");
    try {
      // The queue is in the user menu, for reviewers.
      const menu = page.locator("[data-user-menu] summary");
      const queueLink = page.getByRole("link", { name: "Review queue" });
      await actUntil(
        () => menu.click(),
        () => queueLink.isVisible(),
      );
      await queueLink.click();
      await page.getByRole("heading", { name: "Review queue" }).waitFor();
      assert.deepEqual(await axeViolations(page), [], "light");
      const rows = page.locator("tr[data-slug]");
      assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-slug"))), [
        oldest.slug,
        newest.slug,
      ]);
      await rows.first().getByRole("link", { name: oldest.title }).click();
      await page.waitForURL(`${app.baseUrl}/postmortems/${oldest.slug}`);
      const banner = page.getByRole("region", { name: "In review: not published yet" });
      await banner.waitFor();
      const warning = page.getByRole("alert").filter({ hasText: "Publish with empty parts?" });
      await actUntil(
        () => banner.getByRole("button", { name: "Publish", exact: true }).click(),
        () => warning.isVisible(),
      );
      assert.match(await warning.innerText(), /The resolution is empty\./);
      assert.doesNotMatch(await warning.innerText(), /timeline/i, "the timeline has an event");
      await warning.getByRole("button", { name: "Publish anyway" }).click();
      // Published, the page is asked again: the one everyone gets, without the banner.
      await page.locator("#unpublished-heading").waitFor({ state: "detached", timeout: 15_000 });
      const stored = await app.database.prisma.postmortem.findUniqueOrThrow({ where: { slug: oldest.slug } });
      assert.equal(stored.status, "published");
      await page.getByRole("heading", { level: 1, name: oldest.title }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
