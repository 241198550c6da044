import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { actUntil, drawDiagrams, launchBrowser } from "../helpers/browser";

let app: AppServer;
let browser: Browser;

const article = "calico-ipvs-stale-realserver-502s";
/** gives no times at all: no timestamps, no times of day in its timeline */
const timeless = "ack-slb-attachment-quota-release-outage";
/** times of day for mitigation and resolution, none for detection */
const partlyTimed = "network-cutover-kube-dns-istio-crashloop";
const draft = "cce-elb-members-per-pool-quota";

before(async () => {
  [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  await app.database.prisma.postmortem.update({ where: { slug: draft }, data: { status: "draft" } });
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(url: string, options: { dark?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.dark ? "dark" : "light",
    viewport: { width: options.width ?? 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}${url}`);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`);
}

describe("finding your way on a postmortem page", () => {
  test("the table of contents beside the text names the page's real headings and jumps to them", async () => {
    const page = await open(`/postmortems/${article}`);
    try {
      const toc = page.locator("[data-toc=sidebar]");
      assert.ok(await toc.isVisible(), "the sidebar TOC is shown at 1440 px");
      assert.equal(await page.locator("[data-toc=disclosure]").isVisible(), false);
      assert.equal(await toc.evaluate((el) => getComputedStyle(el).position), "sticky");
      const links = await toc.getByRole("link").all();
      assert.ok(links.length >= 12, `${links.length} entries`);
      for (const link of links) {
        const id = (await link.getAttribute("href"))!.slice(1);
        const heading = page.locator(`[id="${id}"]`).getByRole("heading").first();
        assert.equal(await heading.textContent(), await link.textContent(), `the entry for #${id} names its heading`);
      }
      await toc.getByRole("link", { name: "Root cause" }).click();
      await page.waitForURL(/#root-cause$/);
      await page.waitForFunction(() => {
        const top = document.getElementById("root-cause")!.getBoundingClientRect().top;
        return top >= 0 && top < 200;
      });
      assert.ok(await toc.isVisible(), "the TOC is still in view after the jump");
    } finally {
      await page.context().close();
    }
  });

  test("the entry of the section being read is highlighted, and follows the scrolling", async () => {
    const page = await open(`/postmortems/${article}`);
    try {
      const current = page.locator("[data-toc=sidebar] a[aria-current=location]");
      await page.waitForFunction(
        () => document.querySelector("[data-toc=sidebar] a[aria-current=location]")?.getAttribute("href") === "#triage",
      );
      assert.equal(await current.count(), 1);
      // Sections taller than the band, so that scrolled to its top no later one has reached the line.
      const tall = await page.evaluate(() =>
        [...document.querySelectorAll("[data-toc=sidebar] a")]
          .map((a) => a.getAttribute("href")!.slice(1))
          .filter((id) => document.getElementById(id)!.offsetHeight > window.innerHeight * 0.5),
      );
      assert.ok(tall.length >= 2, `tall sections: ${tall}`);
      for (const id of [tall.at(-1)!, tall[0]!]) {
        await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), id);
        await page.waitForFunction(
          (id) =>
            document.querySelector("[data-toc=sidebar] a[aria-current=location]")?.getAttribute("href") === `#${id}`,
          id,
        );
      }
      assert.equal(await current.count(), 1, "one entry is current at a time");
    } finally {
      await page.context().close();
    }
  });

  test("on a 390 px phone the TOC is a collapsed 'On this page' that opens and jumps", async () => {
    const page = await open(`/postmortems/${article}`, { width: 390 });
    try {
      const details = page.locator("details[data-toc=disclosure]");
      assert.ok(await details.isVisible());
      assert.equal(await details.evaluate((el) => (el as HTMLDetailsElement).open), false, "collapsed at first");
      assert.equal(await page.locator("[data-toc=sidebar]").isVisible(), false);
      await details.getByText("On this page").click();
      const link = details.getByRole("link", { name: "Resolution" });
      await link.click();
      await page.waitForURL(/#resolution$/);
      assert.ok((await page.evaluate(() => window.scrollY)) > 1000, "the page scrolled to the section");
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.context().close();
    }
  });

  test("the first Tab stop is 'Skip to content', shown when focused, and it moves focus to the main content", async () => {
    const page = await open(`/postmortems/${article}`);
    try {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { text: el.innerText, href: el.getAttribute("href"), width: box.width, height: box.height };
      });
      assert.equal(focused.text, "Skip to content");
      assert.equal(focused.href, "#main");
      assert.ok(focused.width > 20 && focused.height > 10, "visible while focused");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.id === "main");
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "MAIN");
    } finally {
      await page.context().close();
    }
  });

  test("a focused link has a visible outline of our own, at least 2 px", async () => {
    for (const dark of [false, true]) {
      const page = await open(`/postmortems/${article}`, { dark });
      try {
        await page.keyboard.press("Tab");
        await page.keyboard.press("Tab"); // "Hindsight", the first link of the header
        const style = await page.evaluate(() => {
          const css = getComputedStyle(document.activeElement!);
          return { width: parseFloat(css.outlineWidth), style: css.outlineStyle, color: css.outlineColor };
        });
        assert.ok(style.width >= 2, `outline ${style.width}px (${dark ? "dark" : "light"})`);
        assert.equal(style.style, "solid");
      } finally {
        await page.context().close();
      }
    }
  });

  test("breadcrumbs lead from the postmortem back to the list, the page itself last and current", async () => {
    const page = await open(`/postmortems/${article}`);
    try {
      const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
      const items = crumbs.getByRole("listitem");
      assert.equal(await items.count(), 2);
      assert.equal(await crumbs.getByRole("link", { name: "Postmortems" }).getAttribute("href"), "/");
      const last = items.last().locator("[aria-current=page]");
      assert.equal(await last.innerText(), await page.getByRole("heading", { level: 1 }).innerText());
    } finally {
      await page.context().close();
    }
  });

  test("pattern and limit pages have breadcrumbs to their catalogs", async () => {
    const page = await open("/patterns/lb-quota-exhaustion");
    try {
      const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
      assert.equal(await crumbs.getByRole("link", { name: "Patterns" }).getAttribute("href"), "/patterns");
      assert.equal(await crumbs.locator("[aria-current=page]").count(), 1);
      await page.goto(`${app.baseUrl}/limits`);
      await page.locator("main a[href^='/limits/']").first().click();
      await page.waitForURL(/\/limits\/.+/);
      const limitCrumbs = page.getByRole("navigation", { name: "Breadcrumb" });
      assert.equal(await limitCrumbs.getByRole("link", { name: "Limits" }).getAttribute("href"), "/limits");
      assert.equal(
        await limitCrumbs.locator("[aria-current=page]").innerText(),
        await page.getByRole("heading", { level: 1 }).innerText(),
      );
    } finally {
      await page.context().close();
    }
  });

  test("the header marks the current section: the page itself, or the section a page belongs to", async () => {
    const page = await open("/patterns");
    try {
      const nav = page.getByRole("navigation", { name: "Main" });
      assert.equal(await nav.getByRole("link", { name: "Patterns" }).getAttribute("aria-current"), "page");
      assert.equal(await nav.getByRole("link", { name: "Postmortems" }).getAttribute("aria-current"), null);
      await page.goto(`${app.baseUrl}/`);
      assert.equal(await nav.getByRole("link", { name: "Postmortems" }).getAttribute("aria-current"), "page");
      assert.equal(await nav.getByRole("link", { name: "Patterns" }).getAttribute("aria-current"), null);
      await page.goto(`${app.baseUrl}/postmortems/${article}`);
      assert.equal(await nav.getByRole("link", { name: "Postmortems" }).getAttribute("aria-current"), "true");
    } finally {
      await page.context().close();
    }
  });

  test("a postmortem whose source gives no times says so in one line instead of four 'unknown' boxes", async () => {
    const page = await open(`/postmortems/${timeless}`);
    try {
      const durations = page.locator("[data-durations]");
      assert.equal(await durations.locator("dl").count(), 0, "no duration boxes");
      assert.match(await durations.innerText(), /^Times not given in the source/);
      assert.equal(await page.locator("#triage").getByText("Time to mitigate").count(), 0);
      assert.equal(await page.locator("main").getByText("unknown", { exact: true }).count(), 0);
      // The times a source gives keep their boxes; the one it does not is named in the line.
      await page.goto(`${app.baseUrl}/postmortems/${partlyTimed}`);
      assert.deepEqual(await durations.locator("dt abbr").allInnerTexts(), ["TTM", "TTR"]);
      assert.match(await durations.innerText(), /Not given in the source: time to detect\./);
      assert.equal(await page.locator("#triage").getByText("Time to mitigate").count(), 1);
    } finally {
      await page.context().close();
    }
  });
});

describe("the rest of the way around", () => {
  test("a home card's summary renders `code` as <code>, with no raw backticks", async () => {
    const page = await open("/");
    try {
      const item = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: /Java release behind Kong and SLB/ }) });
      const summary = item.locator("p").filter({ has: page.locator("code") });
      assert.equal(await summary.locator("code").first().innerText(), "connect() failed (111: Connection refused)");
      assert.ok(!(await summary.innerText()).includes("`"), "no backticks left");
      assert.ok(!(await page.locator("main").innerText()).includes("`"), "none anywhere on the home page");
    } finally {
      await page.context().close();
    }
  });

  test("/favicon.ico and the app icons answer with images", async () => {
    const ico = await fetch(`${app.baseUrl}/favicon.ico`);
    assert.equal(ico.status, 200);
    assert.match(ico.headers.get("content-type") ?? "", /^image\//);
    const bytes = Buffer.from(await ico.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 4)], [0, 0, 1, 0], "an ICO header");
    const page = await open("/");
    try {
      for (const rel of ["icon", "apple-touch-icon"]) {
        const href = await page.locator(`head link[rel="${rel}"]`).last().getAttribute("href");
        const response = await fetch(new URL(href!, app.baseUrl));
        assert.equal(response.status, 200, rel);
        assert.match(response.headers.get("content-type") ?? "", /^image\//, rel);
      }
    } finally {
      await page.context().close();
    }
  });

  test("a 404 for a mistyped slug offers the real postmortem and a search box", async () => {
    const response = await fetch(`${app.baseUrl}/postmortems/calico-ipvs-stale-realsever-502`);
    assert.equal(response.status, 404);
    const page = await open("/postmortems/calico-ipvs-stale-realsever-502");
    try {
      assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Not found");
      const closest = page.getByRole("region", { name: "Closest postmortems" });
      assert.equal(await closest.getByRole("link").first().getAttribute("href"), `/postmortems/${article}`);
      const search = page.getByRole("search").getByRole("searchbox");
      assert.equal(await search.inputValue(), "calico ipvs stale realsever 502");
      await search.fill("ELB.8905");
      await search.press("Enter");
      await page.waitForURL(/\/search\?q=ELB\.8905/);
    } finally {
      await page.context().close();
    }
  });

  test("a draft's slug is never suggested to a reader, however close the typo", async () => {
    const page = await open(`/postmortems/${draft.slice(0, -2)}`);
    try {
      assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Not found");
      assert.ok(!(await page.content()).includes(draft), "the draft's slug is nowhere in the page");
    } finally {
      await page.context().close();
    }
  });

  test("? opens the keyboard-shortcut help, Escape closes it; typing ? in a field does not", async () => {
    const page = await open("/");
    try {
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await actUntil(
        () => page.locator("body").press("?"),
        () => help.isVisible(),
      );
      assert.match(await help.innerText(), /Open the search/);
      assert.match(await help.innerText(), /Ctrl/);
      await page.keyboard.press("Escape");
      await help.waitFor({ state: "hidden" });
      await page.goto(`${app.baseUrl}/postmortems/no-such-thing`);
      await page.getByRole("searchbox").press("?");
      assert.equal(await help.isVisible(), false, "a ? typed into the search box is text");
    } finally {
      await page.context().close();
    }
  });

  for (const dark of [false, true]) {
    test(`axe finds no violations on a postmortem page and the 404 page (${dark ? "dark" : "light"})`, async () => {
      const page = await open(`/postmortems/${timeless}`, { dark });
      try {
        await drawDiagrams(page);
        assert.deepEqual(await axeViolations(page), []);
        await page.goto(`${app.baseUrl}/postmortems/calico-ipvs-stale-realsever-502`);
        await page.getByRole("heading", { name: "Closest postmortems" }).waitFor();
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await page.context().close();
      }
    });
  }
});
