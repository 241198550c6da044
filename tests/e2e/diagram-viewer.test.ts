import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import matter from "gray-matter";
import type { Browser, Locator, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { drawDiagrams, launchBrowser } from "../helpers/browser";
import { contentDir } from "../helpers/paths";

// The full-screen diagram viewer (components/diagram) in Chromium, on a desktop
// and on an on-call phone, and the order and layout of the SLB incident's diagrams.

let app: AppServer;
let browser: Browser;
const slug = "ack-slb-attachment-quota-release-outage";
const desktop = { viewport: { width: 1440, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

/** The incident's page with every diagram drawn, recording CSP violations and page errors. */
async function open(device: typeof desktop | typeof phone, at = slug, options: { dark?: boolean } = {}) {
  const context = await browser.newContext({ ...device, colorScheme: options.dark ? "dark" : "light" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${app.baseUrl}/postmortems/${at}`);
  const figures = page.locator("#diagrams figure");
  await drawDiagrams(page);
  await page.waitForFunction(
    () => {
      const all = document.querySelectorAll("#diagrams figure");
      return all.length > 0 && [...all].every((f) => f.querySelector("svg g") && f.querySelector("button"));
    },
    undefined,
    { timeout: 30_000 },
  );
  return { page, figures, problems };
}

const caption = (figure: Locator) => figure.locator("figcaption").innerText();
const box = async (locator: Locator) => (await locator.boundingBox()) ?? assert.fail("not rendered");

/** The scale in the viewer's transform (`scale(s) translate(x, y)`, written by panzoom in an animation frame). */
async function scaleOf(page: Page): Promise<number> {
  const transform = await page
    .getByRole("dialog")
    .locator("[role=img]")
    .evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

async function waitForScale(page: Page, accept: (scale: number) => boolean, what: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const scale = await scaleOf(page);
    if (accept(scale)) return scale;
    await page.waitForTimeout(100);
  }
  assert.fail(`the viewer's scale never ${what} (it is ${await scaleOf(page)})`);
}

/** Opens figure n by a click (or a tap) on the diagram and checks it is shown larger, labelled by its caption. */
async function openByPointer(page: Page, figure: Locator, how: "click" | "tap") {
  const inline = await box(figure.locator("[role=img]:not([data-print-light]) svg"));
  await figure.locator("[role=img]:not([data-print-light])")[how]();
  const dialog = page.getByRole("dialog", { name: await caption(figure) });
  await dialog.waitFor();
  return { dialog, inline };
}

async function assertFocusReturnsOnEscape(page: Page, figure: Locator) {
  const wanted = await caption(figure);
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });
  // Focus is put back after the dialog's own fix-up, in the next frame.
  await page
    .waitForFunction(() => document.activeElement?.textContent === "Open full screen", null, { timeout: 5_000 })
    .catch(() => undefined);
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    figure: document.activeElement?.closest("figure")?.querySelector("figcaption")?.textContent,
  }));
  assert.deepEqual(focused, { text: "Open full screen", figure: wanted }, "focus is back on the diagram's button");
}

for (const [name, device] of [
  ["a desktop", desktop],
  ["a 390 px phone", phone],
] as const) {
  describe(`the diagram viewer on ${name}`, () => {
    test(`${device === phone ? "tapping" : "clicking"} a flowchart opens it full screen, much larger, and Escape closes it`, async () => {
      const { page, figures, problems } = await open(device);
      try {
        const figure = figures.first();
        const { dialog, inline } = await openByPointer(page, figure, device === phone ? "tap" : "click");
        const svg = dialog.locator("svg").first();
        const large = await box(svg);
        // A desktop window shows the widest flowchart (1,766 px) whole at ~1.3 times its inline size; a phone at ~4 times.
        const ratio = device === phone ? 3 : 1.25;
        assert.ok(large.width > inline.width * ratio, `${large.width} px wide full screen, ${inline.width} px inline`);
        assert.ok(
          large.height > inline.height * ratio,
          `${large.height} px high full screen, ${inline.height} px inline`,
        );
        const label = await box(dialog.locator(".nodeLabel").first());
        assert.ok(label.height >= 11, `a label is ${label.height} px high full screen`);
        assert.equal(
          await page.evaluate(() => document.querySelector("dialog[open]")?.contains(document.activeElement)),
          true,
          "focus moved into the dialog",
        );
        assert.equal(await dialog.getByRole("button", { name: "Close" }).isVisible(), true);
        await assertFocusReturnsOnEscape(page, figure);
        assert.deepEqual(problems, []);
      } finally {
        await page.context().close();
      }
    });

    test("Enter on a sequence diagram's button opens it; Zoom in, Zoom out and Reset change the scale", async () => {
      const { page, figures, problems } = await open(device);
      try {
        const figure = figures.nth(1);
        const button = figure.getByRole("button", { name: "Open full screen" });
        await button.focus();
        await page.keyboard.press("Enter");
        const dialog = page.getByRole("dialog", { name: await caption(figure) });
        await dialog.waitFor();
        const start = await waitForScale(page, (s) => s > 0, "was set");

        await dialog.getByRole("button", { name: "Zoom in" }).focus();
        await page.keyboard.press("Enter");
        const zoomedIn = await waitForScale(page, (s) => s > start, "grew on Zoom in");
        // Clicked on a desktop; on the phone by the keyboard too, which every button must take anyway.
        const press = async (name: string) => {
          const button = dialog.getByRole("button", { name });
          if (device === phone) {
            await button.focus();
            await page.keyboard.press("Enter");
          } else await button.click();
        };
        await press("Zoom out");
        await waitForScale(page, (s) => s < zoomedIn, "shrank on Zoom out");
        await press("Reset");
        await waitForScale(page, (s) => Math.abs(s - start) < 1e-6, "came back on Reset");
        await page.keyboard.press("+");
        await waitForScale(page, (s) => s > start, "grew on the + key");

        await assertFocusReturnsOnEscape(page, figure);
        assert.deepEqual(problems, []);
      } finally {
        await page.context().close();
      }
    });
  });
}

describe("the diagram viewer's own gestures (panzoom)", () => {
  test("the wheel zooms and a drag pans", async () => {
    const { page, figures, problems } = await open(desktop);
    try {
      const { dialog } = await openByPointer(page, figures.first(), "click");
      const start = await waitForScale(page, (s) => s > 0, "was set");
      const stage = await box(dialog.locator("[role=img]").locator(".."));
      await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
      await page.mouse.wheel(0, -300);
      await waitForScale(page, (s) => s > start, "grew on the wheel");

      const before = await box(dialog.locator("svg").first());
      await page.mouse.down();
      await page.mouse.move(stage.x + stage.width / 2 - 150, stage.y + stage.height / 2 + 60, { steps: 5 });
      await page.mouse.up();
      await page.waitForTimeout(100);
      const moved = await box(dialog.locator("svg").first());
      assert.ok(Math.abs(moved.x - before.x + 150) < 5, `moved left by 150 px (from ${before.x} to ${moved.x})`);
      assert.ok(Math.abs(moved.y - before.y - 60) < 5, `moved down by 60 px (from ${before.y} to ${moved.y})`);
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });
});

for (const dark of [false, true]) {
  test(`axe finds no violations with the viewer open (${dark ? "dark" : "light"}), and the viewer follows the theme`, async () => {
    for (const device of [desktop, phone]) {
      const { page, figures, problems } = await open(device, slug, { dark });
      try {
        const { dialog } = await openByPointer(page, figures.first(), "click");
        await waitForScale(page, (s) => s > 0, "was set");
        const { violations } = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          [],
        );
        const background = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
        if (dark) assert.notEqual(background, "rgb(255, 255, 255)");
        else assert.equal(background, "rgb(255, 255, 255)");
        // The copy is the page's drawing (mermaid's dark or light theme), with its ids renamed.
        const [inlineFill, copyFill] = await page.evaluate(() =>
          [document.querySelector("#diagrams .node rect"), document.querySelector("dialog .node rect")].map(
            (rect) => rect && getComputedStyle(rect).fill,
          ),
        );
        assert.ok(copyFill, "the copy's nodes are styled");
        assert.equal(copyFill, inlineFill);
        assert.deepEqual(problems, []);
      } finally {
        await page.context().close();
      }
    }
  });
}

describe("the diagrams of an incident", () => {
  test("appear in the order the content file and the database give them (the SLB incident's three)", async () => {
    const file = await readFile(path.join(contentDir, "postmortems", `${slug}.md`), "utf8");
    const inFile = (matter(file).data as { diagrams: Array<{ caption: string }> }).diagrams.map((d) => d.caption);
    const stored = await app.database.prisma.diagram.findMany({
      where: { postmortem: { slug } },
      orderBy: { position: "asc" },
      select: { caption: true },
    });
    assert.deepEqual(
      stored.map((d) => d.caption),
      inFile,
    );
    const { page, figures } = await open(desktop);
    try {
      assert.deepEqual(await figures.locator("figcaption").allInnerTexts(), inFile);
    } finally {
      await page.context().close();
    }
  });

  const beforeAndAfter = [
    { slug, figure: 2, panels: ["Before", "Stopgap", "Planned"] },
    {
      slug: "network-cutover-kube-dns-istio-crashloop",
      figure: 2,
      panels: ["Normal: kube-dns on a worker node", "After the cutover: kube-dns on a master"],
    },
  ];
  for (const expected of beforeAndAfter) {
    test(`${expected.panels.join(", ")} are drawn side by side in that order, without a tall column`, async () => {
      const { page, figures } = await open(desktop, expected.slug);
      try {
        const svg = figures.nth(expected.figure).locator("[role=img]:not([data-print-light]) svg");
        const panels = await svg.locator("g.cluster").evaluateAll((groups) =>
          groups
            .map((g) => ({ label: g.textContent?.trim(), x: g.getBoundingClientRect().x }))
            .sort((a, b) => a.x - b.x)
            .map((g) => g.label),
        );
        assert.deepEqual(panels, expected.panels);
        const drawn = await box(svg);
        assert.ok(drawn.height < 450, `the diagram is ${drawn.height} px high (stacked, it was 700 to 1,115 px)`);
      } finally {
        await page.context().close();
      }
    });
  }
});
