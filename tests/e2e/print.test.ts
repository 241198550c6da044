import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Browser, Page } from "playwright-core";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

import { startAppServer, type AppServer } from "../helpers/app-server";
import { drawDiagrams, launchBrowser } from "../helpers/browser";

const slug = "cce-elb-members-per-pool-quota";
// Before the print stylesheet this postmortem printed on 16 A4 pages; it has a lot to say, but not that much.
const maxPages = 10;

let app: AppServer;
let browser: Browser;
let dir: string;
before(async () => {
  [app, browser, dir] = await Promise.all([
    startAppServer(),
    launchBrowser(),
    mkdtemp(path.join(tmpdir(), "hindsight-print-")),
  ]);
});
after(async () => {
  await browser?.close();
  await app?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Whitespace (line and page breaks included) and soft hyphens removed: what is left must match character for character. */
const squeeze = (text: string) => text.replace(/[\s\u00ad]+/g, "");

/** The blocks of a markdown text as a reader sees them: each paragraph, code block, heading, list item and table cell. */
function textBlocks(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const blocks: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (["paragraph", "code", "heading", "tableCell"].includes(node.type)) blocks.push(toString(node));
    else if ("children" in node) node.children.forEach(walk);
  };
  walk(tree);
  return blocks.filter((block) => block.trim());
}

async function openDark(): Promise<Page> {
  const context = await browser.newContext({ colorScheme: "dark", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/postmortems/${slug}`);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains("dark")), "the page is dark");
  // Every diagram drawn for the screen (dark) and for paper (light), as the Print button asks.
  await drawDiagrams(page);
  await page.waitForFunction(
    () => {
      const figures = [...document.querySelectorAll("#diagrams figure")];
      return figures.length > 0 && figures.every((figure) => figure.querySelector("[data-print-light] svg"));
    },
    undefined,
    { timeout: 30_000 },
  );
  return page;
}

/**
 * The colour of each visible text as sRGB, read through a canvas (Tailwind's
 * colours are oklch): `color` for HTML, `fill` for SVG text; and what it is
 * printed on: white paper, or its own background where that is printed too
 * (print-color-adjust: exact).
 */
function textColours(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    return [...document.querySelectorAll(selector)]
      .filter(
        (element) =>
          element.checkVisibility() &&
          [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
      )
      .map((element) => {
        const style = getComputedStyle(element);
        const svgText = element instanceof SVGElement && element.tagName !== "foreignObject";
        // No named helper functions in here: tsx would wrap them in one the page does not have.
        const [rgb, background] = [svgText ? style.fill : style.color, style.backgroundColor].map((colour) => {
          context.clearRect(0, 0, 1, 1);
          context.fillStyle = colour;
          context.fillRect(0, 0, 1, 1);
          return [...context.getImageData(0, 0, 1, 1).data];
        }) as [number[], number[]];
        return {
          text: element.textContent!.trim().slice(0, 40),
          rgb,
          on: style.printColorAdjust === "exact" && background[3]! > 0 ? background : [255, 255, 255],
          decorative: Boolean(element.closest("[aria-hidden=true]")),
        };
      });
  }, selector);
}

/** WCAG relative luminance. */
function luminance([r, g, b]: number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** WCAG contrast: 4.5 for text; a decorative mark (a timeline dot's symbol) only needs to be seen. */
function readable(c: { rgb: number[]; on: number[]; decorative: boolean }): boolean {
  const [light, dark] = [luminance(c.rgb), luminance(c.on)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05) >= (c.decorative ? 2 : 4.5);
}

describe("printing a postmortem in the dark theme", () => {
  test("the page has a Print / PDF button that opens the print dialog", async () => {
    const page = await openDark();
    try {
      // The dialog itself cannot be driven headless: count the calls instead.
      await page.evaluate(() => {
        const w = window as unknown as { printed: number };
        w.printed = 0;
        window.print = () => void w.printed++;
      });
      await page.getByRole("button", { name: "Print / PDF" }).click();
      // It first draws any diagram not drawn yet (none left here), then prints.
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    } finally {
      await page.context().close();
    }
  });

  test("under print media every text is dark on white, the chrome is gone and diagrams are the light rendering", async () => {
    const page = await openDark();
    try {
      await page.emulateMedia({ media: "print" });
      const colours = await textColours(page, "body *");
      assert.ok(colours.length > 200, `checked ${colours.length} texts`);
      assert.deepEqual(
        colours.filter((c) => !readable(c)),
        [],
        "no text too light to read on paper",
      );
      // The ones the dark theme used to print light grey or white: bold words, code, the title.
      for (const selector of [
        "#root-cause strong, #detection strong",
        "#signatures pre code",
        "[data-code-block]",
        "h1",
      ]) {
        const texts = await textColours(page, selector);
        assert.ok(texts.length > 0, `${selector} is printed`);
        assert.ok(
          texts.every((c) => luminance(c.rgb) < 0.05),
          `${selector} prints dark: ${JSON.stringify(texts[0])}`,
        );
      }
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
        "rgb(255, 255, 255)",
        "the paper is white",
      );
      assert.equal(await page.getByRole("banner").first().isVisible(), false, "the site header is not printed");
      assert.equal(await page.getByRole("button", { name: "Print / PDF" }).isVisible(), false);

      const header = page.locator("[data-print-header]");
      assert.ok(await header.isVisible(), "the print header is on paper");
      const headerText = await header.innerText();
      for (const part of ["CCE LoadBalancer Services", "SEV3", `${app.baseUrl}/postmortems/${slug}`])
        assert.ok(headerText.includes(part), `the print header names ${part}: ${headerText}`);

      const figures = await page.locator("#diagrams figure").evaluateAll((figures) =>
        figures.map((figure) => {
          const shown = [...figure.querySelectorAll("svg")].filter((svg) => svg.checkVisibility());
          return { shown: shown.length, light: shown.every((svg) => svg.closest("[data-print-light]")) };
        }),
      );
      for (const [index, figure] of figures.entries()) {
        assert.equal(figure.shown, 1, `diagram ${index + 1} prints once`);
        assert.ok(figure.light, `diagram ${index + 1} prints its light rendering`);
      }
      const diagramTexts = await textColours(page, "#diagrams [data-print-light] *");
      assert.ok(diagramTexts.length > 10, `${diagramTexts.length} diagram labels`);
      assert.deepEqual(
        diagramTexts.filter((c) => !readable(c)),
        [],
        "diagram labels are dark on paper",
      );
    } finally {
      await page.context().close();
    }
  });

  test("to PDF: signatures and root cause whole, in a reasonable number of pages with none left empty", async () => {
    const page = await openDark();
    const stored = await app.database.prisma.postmortem.findFirstOrThrow({
      where: { slug },
      include: { signatures: true },
    });
    try {
      const file = path.join(dir, `${slug}.pdf`);
      await writeFile(file, await page.pdf({ format: "A4" }));
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
      const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
      console.log(`${slug} printed on ${pages} A4 pages`);

      assert.ok(pages > 1 && pages <= maxPages, `${pages} pages`);
      const pageTexts = text.split("\f").slice(0, pages);
      for (const [index, pageText] of pageTexts.entries())
        assert.ok(squeeze(pageText).length > 150, `page ${index + 1} of ${pages} is not (nearly) empty`);

      const printed = squeeze(text);
      assert.ok(stored.signatures.length >= 5);
      for (const signature of stored.signatures)
        assert.ok(printed.includes(squeeze(signature.text)), `the signature is printed whole: ${signature.text}`);
      const blocks = textBlocks(stored.rootCause);
      assert.ok(blocks.length > 20);
      for (const block of blocks)
        assert.ok(printed.includes(squeeze(block)), `the root cause is printed whole, including: ${block}`);
      assert.ok(printed.includes(squeeze(stored.title)));
    } finally {
      await page.context().close();
    }
  });
});
