import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { actUntil, launchBrowser } from "../helpers/browser";
import { engine } from "../helpers/test-database";
import { browserCookies, createUser, signIn } from "../helpers/users";

// Issue 14, item 5 in a browser: a failure pattern is created and edited in
// its forms and shows on its page; a limit is created from the postmortem
// editor's limits section and saved with the postmortem.

let app: AppServer;
let browser: Browser;
let reviewerCookie: string;

const postmortem = "calico-ipvs-stale-realserver-502s";

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  const reviewer = await createUser(app.database, { role: "reviewer", name: "Rita Reviewer" });
  reviewerCookie = await signIn(app.baseUrl, reviewer);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path: string, options: { dark?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.dark ? "dark" : "light",
    viewport: { width: 1280, height: 900 },
  });
  await context.addCookies(browserCookies(reviewerCookie, app.baseUrl));
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${path}`);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`);
}

describe(`editing the catalog in the browser (${engine})`, () => {
  test("a pattern is created in its form, edited from its page's Edit link, and its page shows the edit", async () => {
    const page = await open("/patterns/new");
    try {
      assert.deepEqual(await axeViolations(page), [], "the new pattern form (light)");
      // An empty form is refused at its fields, before anything is sent.
      await actUntil(
        () => page.getByRole("button", { name: "Create pattern" }).click(),
        () => page.locator("#pm-name-error").isVisible(),
      );
      assert.equal(await page.locator("#pm-name").getAttribute("aria-invalid"), "true");
      await page.locator("#pm-slug").fill("conntrack-table-full");
      await page.locator("#pm-name").fill("Conntrack table overflows");
      await page.locator("#pm-summary").fill("New connections are dropped once the node's conntrack table is full.");
      await page.locator("#pm-related").fill("no-such-pattern");
      await page.getByRole("button", { name: "Create pattern" }).click();
      await page.locator("#pm-related-error", { hasText: 'there is no pattern "no-such-pattern"' }).waitFor();
      await page.locator("#pm-related").fill("ipvs-stale-real-server");
      await page.getByRole("button", { name: "Create pattern" }).click();
      await page.waitForURL("**/patterns/conntrack-table-full");
      assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Conntrack table overflows");

      await page.getByRole("link", { name: "Edit" }).click();
      await page.waitForURL("**/patterns/conntrack-table-full/edit");
      assert.equal(await page.locator("#pm-slug").getAttribute("readonly"), "");
      await page.getByRole("heading", { name: "History" }).waitFor();
      assert.match(
        await page.getByRole("listitem").filter({ hasText: "Version 1" }).innerText(),
        /created in the app by Rita Reviewer/,
      );
      assert.deepEqual(await axeViolations(page), [], "the edit form (light)");
      await actUntil(
        () => page.locator("#pm-name").fill("Conntrack table overflows under connection storms"),
        async () => (await page.locator("#pm-name").inputValue()).endsWith("storms"),
      );
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.waitForURL("**/patterns/conntrack-table-full");
      await page
        .getByRole("heading", { level: 1, name: "Conntrack table overflows under connection storms" })
        .waitFor();
    } finally {
      await page.context().close();
    }

    const dark = await open("/patterns/conntrack-table-full/edit", { dark: true });
    try {
      await dark.locator("#pm-name").waitFor();
      assert.deepEqual(await axeViolations(dark), [], "the edit form (dark)");
    } finally {
      await dark.context().close();
    }
  });

  test("a limit created from the postmortem editor is picked in its row and saved with the postmortem", async () => {
    const page = await open(`/postmortems/${postmortem}/edit`);
    try {
      const rows = await page.locator("[id^=pm-limits-][id$=-limit]").count();
      await actUntil(
        () => page.getByRole("button", { name: "+ Add limit" }).click(),
        async () => (await page.locator("[id^=pm-limits-][id$=-limit]").count()) > rows,
      );
      await page.getByRole("button", { name: "New limit" }).nth(rows).click();
      const dialog = page.getByRole("dialog", { name: "New limit" });
      await dialog.waitFor();
      await page.locator("#pm-newLimit-id").fill("linux-nf-conntrack-max");
      await page.locator("#pm-newLimit-provider").fill("Linux kernel");
      await page.locator("#pm-newLimit-resource").fill("netfilter connection tracking");
      await page.locator("#pm-newLimit-name").fill("nf_conntrack_max entries per node");
      await page.locator("#pm-newLimit-docUrl").fill("not a url");
      await dialog.getByRole("button", { name: "Create limit" }).click();
      await page.locator("#pm-newLimit-docUrl-error").waitFor();
      assert.deepEqual(await axeViolations(page), [], "the new limit dialog (light)");
      await page.locator("#pm-newLimit-docUrl").fill("https://docs.kernel.org/networking/nf_conntrack-sysctl.html");
      await dialog.getByRole("button", { name: "Create limit" }).click();
      await dialog.waitFor({ state: "detached" });
      assert.equal(await page.locator(`#pm-limits-${rows}-limit`).inputValue(), "linux-nf-conntrack-max");

      await page.locator("button[type=submit][form=postmortem-form]").click();
      await page.waitForFunction(
        () => /^Saved \d\d:\d\d$/.test(document.querySelector("[data-testid=save-status]")?.textContent ?? ""),
        undefined,
        { timeout: 15_000 },
      );
      await page.goto(`${app.baseUrl}/postmortems/${postmortem}`);
      await page.getByRole("link", { name: "nf_conntrack_max entries per node" }).first().waitFor();
    } finally {
      await page.context().close();
    }
  });
});
