import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { actUntil, launchBrowser } from "../helpers/browser";
import { fixtureContentDir } from "../helpers/paths";
import { engine } from "../helpers/test-database";
import { browserCookies, createUser, signIn } from "../helpers/users";

// Issue 14, item 3 in a browser: /action-items filtered by its GET form, a status changed
// inline and seen on the (cached) postmortem page, home's overdue list for signed-in readers.

let app: AppServer;
let browser: Browser;
let authorCookie: string;

const slug = "fixture-quota-outage";
const alert = "Alert at 80 % of the quota"; // the fixture's item: platform, open, due 2024-04-01
const rotate = "Rotate the quota alert thresholds";

before(async () => {
  [app, browser] = await Promise.all([startAppServer({ content: fixtureContentDir }), launchBrowser()]);
  const { id } = await app.database.prisma.postmortem.findUniqueOrThrow({ where: { slug } });
  // More items to list (setup only: no page has been read, so none is cached yet).
  await app.database.prisma.actionItem.createMany({
    data: [
      { postmortemId: id, position: 1, title: rotate, owner: "sre", status: "open", dueDate: new Date("2023-01-01") },
      {
        postmortemId: id,
        position: 2,
        title: "Raise the quota for good",
        owner: "platform",
        status: "in_progress",
        priority: "urgent",
        dueDate: new Date("2099-01-01"),
        link: "https://github.com/acme/ops/issues/2",
      },
    ],
  });
  const author = await createUser(app.database, { role: "author" });
  authorCookie = await signIn(app.baseUrl, author);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(
  path: string,
  options: { signedIn?: boolean; dark?: boolean; onPage?: (page: Page) => void } = {},
): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.dark ? "dark" : "light",
    viewport: { width: 1280, height: 900 },
  });
  if (options.signedIn) await context.addCookies(browserCookies(authorCookie, app.baseUrl));
  const page = await context.newPage();
  options.onPage?.(page);
  await page.goto(`${app.baseUrl}${path}`);
  return page;
}

const rows = (page: Page) => page.locator("tr[data-action-item]");

describe(`action items in the browser (${engine})`, () => {
  test("an author filters, sets a status inline, and the postmortem page shows it", async () => {
    const page = await open("/action-items", { signedIn: true });
    try {
      const nav = page.getByRole("navigation", { name: "Main" });
      assert.equal(await nav.getByRole("link", { name: "Action items" }).getAttribute("aria-current"), "page");
      assert.equal(await rows(page).count(), 3);
      await page.getByLabel("Owner").selectOption("platform");
      await page.getByLabel("Overdue only").check();
      await page.getByRole("button", { name: "Filter" }).click();
      await page.waitForURL(/\/action-items\?owner=platform&status=&pattern=&overdue=true$/);
      assert.equal(await rows(page).count(), 1, "platform's one overdue item");
      assert.match((await rows(page).first().textContent()) ?? "", /Overdue/);

      const status = page.getByLabel(`Status of "${alert}"`);
      const saved = page.getByRole("status").filter({ hasText: "Saved: Done" });
      await actUntil(
        () => status.selectOption("done").then(() => undefined),
        () => saved.isVisible(),
      );
      assert.equal(await rows(page).first().getByText("Overdue").count(), 0, "done is no longer overdue");
    } finally {
      await page.context().close();
    }
    const reading = await open(`/postmortems/${slug}`);
    try {
      assert.match((await reading.locator('[data-action-item="0"]').textContent()) ?? "", /Done/);
      assert.equal(await reading.getByRole("link", { name: /^GitHub: / }).count(), 1, "the tracker link by its host");
    } finally {
      await reading.context().close();
    }
  });

  test("home lists overdue action items for a signed-in reader, and nothing for one signed out", async () => {
    const asked: string[] = [];
    let me: Promise<unknown> | undefined;
    const signedOut = await open("/", {
      onPage: (page) => {
        page.on("request", (request) => asked.push(new URL(request.url()).pathname));
        me = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/me");
      },
    });
    try {
      await me;
      await signedOut.waitForLoadState("networkidle");
      assert.equal(await signedOut.getByRole("heading", { name: "Overdue action items" }).count(), 0);
      assert.ok(!asked.includes("/api/action-items"), "nobody signed in: the API is not even asked");
    } finally {
      await signedOut.context().close();
    }
    const signedIn = await open("/", { signedIn: true });
    try {
      const section = signedIn.getByRole("region", { name: "Overdue action items" });
      await section.waitFor();
      assert.match((await section.textContent()) ?? "", new RegExp(rotate));
      assert.doesNotMatch((await section.textContent()) ?? "", new RegExp(alert), "done since the first test");
      assert.equal(
        await section.getByRole("link", { name: "Overdue action items" }).getAttribute("href"),
        "/action-items?overdue=true",
      );
    } finally {
      await signedIn.context().close();
    }
  });

  for (const dark of [false, true]) {
    test(`axe finds no violations on /action-items (${dark ? "dark" : "light"})`, async () => {
      const page = await open("/action-items", { signedIn: true, dark });
      try {
        await rows(page).first().waitFor();
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
