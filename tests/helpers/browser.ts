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
