import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";
import { engine } from "../helpers/test-database";
import { browserCookies, createUser, signIn } from "../helpers/users";

// Issue 11, item 8 in a browser: an author's edit of a published postmortem
// says "pending review" and leaves the page alone; a reviewer approves it.

let app: AppServer;
let browser: Browser;
let authorCookie: string;
let reviewerCookie: string;

const slug = "calico-ipvs-stale-realserver-502s";
const newTitle = "Stale IPVS real servers behind Calico (reviewed edit)";

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  const author = await createUser(app.database, { role: "author", name: "Ada Author" });
  const reviewer = await createUser(app.database, { role: "reviewer", name: "Rita Reviewer" });
  [authorCookie, reviewerCookie] = await Promise.all([signIn(app.baseUrl, author), signIn(app.baseUrl, reviewer)]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function openAs(cookie: string, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies(browserCookies(cookie, app.baseUrl));
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${path}`);
  return page;
}

describe(`reviewing a change to a published postmortem (${engine})`, () => {
  test("the author's save says pending review and the page is unchanged; the reviewer approves it from the page", async () => {
    const author = await openAs(authorCookie, `/postmortems/${slug}/edit`);
    let proposalHref: string;
    try {
      await author.locator("#pm-title").waitFor();
      const oldTitle = await author.locator("#pm-title").inputValue();
      await author.locator("#pm-title").fill(newTitle);
      // The editor's own Save (the footer's "Save for offline" is a button too).
      await author.locator('button[type="submit"][form="postmortem-form"]').click();
      await author.getByTestId("save-status").filter({ hasText: "pending review" }).waitFor({ timeout: 15_000 });
      const notice = author.getByRole("region", { name: "Pending review" });
      await notice.waitFor();
      proposalHref = (await notice.getByRole("link", { name: "View your proposal" }).getAttribute("href"))!;
      assert.match(proposalHref, new RegExp(`^/postmortems/${slug}/proposals/[0-9a-f-]{36}$`));

      await author.goto(`${app.baseUrl}/postmortems/${slug}`);
      assert.equal(await author.getByRole("heading", { level: 1 }).innerText(), oldTitle, "readers still see it");
      // Reopening the editor continues the proposal.
      await author.goto(`${app.baseUrl}/postmortems/${slug}/edit`);
      assert.equal(await author.locator("#pm-title").inputValue(), newTitle);
      await author.getByRole("region", { name: "Pending review" }).waitFor();
    } finally {
      await author.context().close();
    }

    const reviewer = await openAs(reviewerCookie, `/postmortems/${slug}`);
    try {
      const pending = reviewer.getByRole("region", { name: "1 proposed change pending review" });
      await pending.getByRole("link", { name: /Proposed by Ada Author/ }).click();
      await reviewer.waitForURL(`**${proposalHref}`);
      const diff = reviewer.getByRole("group", { name: /^Differences from published version \d+ to the proposal$/ });
      await diff.waitFor();
      assert.ok((await diff.locator("[data-diff=added]").allInnerTexts()).some((t) => t.includes(newTitle)));
      await reviewer.getByLabel(/Comment for Ada Author/).fill("Clearer, thanks.");
      await reviewer.getByRole("button", { name: "Approve and publish" }).click();
      await reviewer
        .getByRole("status")
        .filter({ hasText: /^Approved: the page now shows version \d+\.$/ })
        .waitFor();
      await reviewer.goto(`${app.baseUrl}/postmortems/${slug}`);
      assert.equal(await reviewer.getByRole("heading", { level: 1 }).innerText(), newTitle);
      assert.equal(await reviewer.getByRole("region", { name: /pending review/ }).count(), 0);
      await reviewer.goto(`${app.baseUrl}/postmortems/${slug}/history`);
      const approval = reviewer.locator("main tbody tr").first();
      assert.match(await approval.innerText(), /Ada Author[\s\S]*approved by Rita Reviewer[\s\S]*Approved proposal/);
    } finally {
      await reviewer.context().close();
    }
  });
});
