import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { actUntil, launchBrowser } from "../helpers/browser";
import { browserCookies, signedInUser } from "../helpers/users";

let app: AppServer;
let browser: Browser;
let authorCookie: string;

const slug = "e2e-export-quota-from-a-paste";
const pagerDutyLog = [
  "2024-05-01 10:42:03 UTC Triggered through the API.",
  "2024-05-01 10:44:41 UTC Acknowledged by Jane Doe via the mobile app.",
  "2024-05-01 10:58:12 UTC Escalated to Omar Haddad (Level 2).",
  "2024-05-01 11:15:00 UTC Resolved by Jane Doe.",
].join("\n");

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  authorCookie = (await signedInUser(app.baseUrl, app.database, "author")).cookie;
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path: string, options: { dark?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ colorScheme: options.dark ? "dark" : "light" });
  await context.addCookies(browserCookies(authorCookie, app.baseUrl));
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${path}`);
  return page;
}

/** Pastes the log and asks for proposals, again until the page has hydrated and shows them. */
async function propose(page: Page, log: string): Promise<void> {
  await page.getByText("Paste a log").click();
  const status = page.getByRole("status").filter({ hasText: "proposed" });
  await actUntil(
    async () => {
      await page.getByLabel("Chat or alert log").fill(log);
      await page.getByRole("button", { name: "Propose events" }).click();
    },
    () => status.isVisible(),
  );
}

const draftTitle = () =>
  JSON.parse(localStorage.getItem("hindsight:draft:new") ?? "null")?.form?.title as string | undefined;

describe("starting from a template and a pasted log", () => {
  test("the quota template's prompts, a pasted PagerDuty log with two events added (one edited), saved and reloaded", async () => {
    const page = await open("/postmortems/new");
    try {
      // Choosing is a link: it works before (or without) JavaScript.
      await page.getByRole("link", { name: /Quota or limit hit/ }).click();
      await page.waitForURL("**/postmortems/new?template=quota");
      assert.equal(await page.getByRole("link", { name: /Quota or limit hit/ }).getAttribute("aria-current"), "page");
      assert.match(await page.locator("#pm-rootCause").inputValue(), /What was the limit\?.*Who knew/);
      assert.equal(
        await page.locator("#pm-limits-0-limit").inputValue(),
        "",
        "the limit itself is the author's to pick",
      );
      assert.equal(
        await page.locator("#pm-limits-0-note").inputValue(),
        "What was the limit, who knew, how was it raised?",
      );
      assert.equal(await page.locator("#pm-timeline-0-kind").inputValue(), "trigger");
      assert.equal(await page.locator("#pm-timeline-0-at").inputValue(), "", "no time is made up");

      await propose(page, pagerDutyLog);
      // This incident's log has the real events: the template's four suggestions make way.
      for (let i = 4; i >= 1; i--) await page.getByRole("button", { name: `Delete event ${i}` }).click();
      const proposals = page.getByRole("region", { name: "Proposed events" });
      assert.equal(await proposals.getByRole("group").count(), 4);
      assert.equal(await page.locator("#pm-paste-1-kind").inputValue(), "escalation");
      assert.equal(await page.locator("#pm-paste-1-actor").inputValue(), "Jane Doe");
      await page.locator("#pm-paste-1-actor").fill("Jane Doe (on-call)");
      await page.getByRole("button", { name: "Drop proposed event 3" }).click();
      // Added in reverse order, they land in time order.
      await page.getByRole("button", { name: "Add proposed event 2 to the timeline" }).click();
      await page.getByRole("button", { name: "Add proposed event 1 to the timeline" }).click();
      assert.equal(await proposals.getByRole("group").count(), 1, "the resolved entry is still to add or drop");

      assert.equal(await page.locator("#pm-timeline-0-description").inputValue(), "Triggered through the API.");
      assert.equal(await page.locator("#pm-timeline-0-at").inputValue(), "2024-05-01T10:42:03");
      assert.equal(await page.locator("#pm-timeline-0-kind").inputValue(), "detection");
      assert.equal(await page.locator("#pm-timeline-1-actor").inputValue(), "Jane Doe (on-call)");

      await page.locator("#pm-title").fill("E2E export quota from a paste");
      assert.equal(await page.locator("#pm-slug").inputValue(), slug);
      await page.locator("#pm-summary").fill("The nightly export hit the storage write quota.");
      await page.locator("#pm-severity").selectOption("SEV3");
      await page.locator("#pm-limits-0-limit").selectOption("huawei-elb-members-per-pool");
      await page.keyboard.press("Control+s");
      await page.waitForURL(`**/postmortems/${slug}/edit`);
      await page.waitForFunction(() =>
        /^Saved \d\d:\d\d$/.test(document.querySelector("[data-testid=save-status]")?.textContent ?? ""),
      );

      await page.reload();
      await page.locator("#pm-timeline-1-actor").waitFor();
      assert.equal(await page.locator("#pm-timeline-0-at").inputValue(), "2024-05-01T10:42:03");
      assert.equal(await page.locator("#pm-timeline-1-at").inputValue(), "2024-05-01T10:44:41");
      assert.equal(await page.locator("#pm-timeline-1-kind").inputValue(), "escalation");
      assert.equal(await page.locator("#pm-timeline-1-actor").inputValue(), "Jane Doe (on-call)");
      assert.equal(await page.locator("#pm-timeline-2-at").count(), 0, "two events, nothing else");
    } finally {
      await page.context().close();
    }
  });

  test("choosing a template with unsaved work in the browser offers the work back instead of replacing it", async () => {
    const page = await open("/postmortems/new");
    try {
      await actUntil(
        () => page.locator("#pm-title").fill("My unsaved draft"),
        () => page.evaluate(draftTitle).then((title) => title === "My unsaved draft"),
      );
      await page.getByRole("link", { name: /Dependency outage/ }).click();
      await page.waitForURL("**/postmortems/new?template=dependency");
      const banner = page.getByRole("region", { name: /You have unsaved changes/ });
      await banner.waitFor();
      assert.match(await page.locator("#pm-trigger").inputValue(), /status page/);
      assert.equal(await page.evaluate(draftTitle), "My unsaved draft", "the draft is still in storage");
      await banner.getByRole("button", { name: "Restore" }).click();
      assert.equal(await page.locator("#pm-title").inputValue(), "My unsaved draft");
    } finally {
      await page.context().close();
    }
  });

  for (const dark of [false, true]) {
    test(`axe finds no violations on the new-postmortem page with the paste panel open (${dark ? "dark" : "light"})`, async () => {
      const page = await open("/postmortems/new?template=quota", { dark });
      try {
        await propose(page, pagerDutyLog);
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
