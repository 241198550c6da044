import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { Browser } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";
import { fixtureContentDir } from "../helpers/paths";

let app: AppServer;
let browser: Browser;
before(async () => {
  [app, browser] = await Promise.all([startAppServer({ content: fixtureContentDir }), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the home page", () => {
  test("lists the imported postmortem with severity and patterns, linking to its page", async () => {
    const page = await browser.newPage();
    await page.goto(app.baseUrl);
    const link = page.getByRole("link", { name: "Fixture outage where the pool member quota ran out" });
    await link.waitFor();
    assert.equal(await link.getAttribute("href"), "/postmortems/fixture-quota-outage");
    const item = page.getByRole("listitem").filter({ has: link });
    assert.match(await item.innerText(), /SEV2/);
    assert.match(await item.innerText(), /2024-03-05/);
    assert.equal(
      await item.getByRole("link", { name: "Fixture quota exhaustion" }).getAttribute("href"),
      "/patterns/fixture-quota",
    );
    await page.close();
  });

  test("/api/health reports that the database answers (the status only, to an anonymous caller)", async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: "ok" });
  });
});
