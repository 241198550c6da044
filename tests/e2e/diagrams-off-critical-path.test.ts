import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { Browser } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { launchBrowser } from "../helpers/browser";

// Diagrams are drawn off the critical path (components/diagram/draw-in-turn.ts): a page
// whose diagrams are below the fold loads no mermaid, and each diagram is drawn when the
// reader scrolls to it, with no console error on the way.

let app: AppServer;
let browser: Browser;
before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

describe("diagrams off the critical path", () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    test(`at ${viewport.width} px: nothing of mermaid loads until a diagram comes near, then it is drawn; no console error`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      // Which address failed, when one does (the console names only the status).
      page.on("response", (response) => {
        if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      let scriptBytes = 0;
      page.on("response", async (response) => {
        if (response.request().resourceType() !== "script") return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        scriptBytes += body.length;
      });
      try {
        await page.goto(`${app.baseUrl}/postmortems/cce-elb-members-per-pool-quota`, { waitUntil: "networkidle" });
        await page.waitForTimeout(1500);
        const figures = page.locator("#diagrams figure");
        const count = await figures.count();
        assert.ok(count >= 3, "the CCE postmortem has three diagrams");
        for (let i = 0; i < count; i++) {
          assert.equal(
            await figures.nth(i).locator("svg").count(),
            0,
            `diagram ${i + 1} is not drawn before it is near`,
          );
          assert.equal(await figures.nth(i).getAttribute("data-diagram-pending"), "", "its place is held");
        }
        const beforeScroll = scriptBytes;

        const last = figures.nth(count - 1);
        await last.scrollIntoViewIfNeeded();
        await last.locator("svg g").first().waitFor({ timeout: 30_000 });
        assert.ok(
          scriptBytes - beforeScroll > 200_000,
          `mermaid came only with the scroll (${Math.round((scriptBytes - beforeScroll) / 1024)} KB of script then)`,
        );
        assert.equal(await last.getAttribute("data-diagram-pending"), null);
        assert.equal(await page.locator("#diagrams [role=alert]").count(), 0, "no diagram failed");
        assert.deepEqual(errors, [], "no console errors");
      } finally {
        await context.close();
      }
    });
  }

  test("the Print button draws the diagrams not yet seen before it prints", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: "dark" });
    const page = await context.newPage();
    try {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.goto(`${app.baseUrl}/postmortems/cce-elb-members-per-pool-quota`, { waitUntil: "networkidle" });
      assert.equal(await page.locator("#diagrams figure svg").count(), 0);
      await page.getByRole("button", { name: "Print / PDF" }).click();
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, null, {
        timeout: 60_000,
      });
      const figures = await page.locator("#diagrams figure").evaluateAll((all) =>
        all.map((f) => ({
          screen: !!f.querySelector("[role=img]:not([data-print-light]) svg"),
          paper: !!f.querySelector("[data-print-light] svg"),
        })),
      );
      for (const [i, f] of figures.entries()) {
        assert.ok(f.screen, `diagram ${i + 1} drawn before printing`);
        assert.ok(f.paper, `diagram ${i + 1} has its light copy for paper before printing`);
      }
    } finally {
      await context.close();
    }
  });
});
