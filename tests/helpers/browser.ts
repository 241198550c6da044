import { chromium, type Browser, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium, headless; Playwright's own browser download is not reachable here.
 *
 * Its contexts run without the service worker unless `serviceWorkers: "allow"`: the worker
 * precaches all of /_next/static (megabytes) in every new context and keeps a copy of every
 * page visited, which the offline tests (tests/e2e/offline.test.ts) check and every other test
 * would only wait for.
 */
export async function launchBrowser(options: { serviceWorkers?: "allow" | "block" } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const serviceWorkers = options.serviceWorkers ?? "block";
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (contextOptions = {}) => newContext({ serviceWorkers, ...contextOptions });
  browser.newPage = async (pageOptions = {}) => {
    // As Playwright's own newPage: a context of its own, closed with the page.
    const context = await browser.newContext(pageOptions);
    const page = await context.newPage();
    page.once("close", () => void context.close().catch(() => undefined)); // the browser may be closing too
    return page;
  };
  return browser;
}

/**
 * Diagrams are drawn as they near the viewport (components/diagram/draw-in-turn.ts); this
 * asks for every one on the page, as the Print button does, and waits until none is
 * pending (drawn, or failed visibly). It asks again until the page has hydrated and heard.
 */
export async function drawDiagrams(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      window.dispatchEvent(new Event("hindsight:draw-all-diagrams"));
      return !document.querySelector("[data-diagram-pending]");
    },
    null,
    { timeout, polling: 250 },
  );
}

/**
 * Does `act` until `done` holds. A key or a control acts only once the page has hydrated,
 * which on a cold or busy server comes a moment after the page is visible; acting again is
 * how a person would do it too.
 */
export async function actUntil(
  act: () => Promise<void>,
  done: () => Promise<boolean>,
  timeout = 30_000,
): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    await act();
    const deadline = Date.now() + 500;
    while (Date.now() < deadline) {
      if (await done()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (Date.now() > end) throw new Error(`still not done after ${timeout} ms of acting again`);
  }
}
