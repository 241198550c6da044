import { chromium, type Browser, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless; Playwright's own browser download is not reachable here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
