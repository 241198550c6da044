// Takes the README's phone screenshot: a postmortem page at 390 px wide (an
// iPhone's width), in the light theme, scrolled to the triage card, over a
// scratch database with content/.
// Needs a build (`npx next build`) and Chromium, as the e2e tests do:
//   NODE_ENV=test node --import tsx --conditions=react-server scripts/screenshot-phone.ts
import path from "node:path";

import { startAppServer } from "../tests/helpers/app-server";
import { launchBrowser } from "../tests/helpers/browser";
import { repoRoot } from "../tests/helpers/paths";

const slug = process.argv[2] ?? "cce-elb-members-per-pool-quota";
const file = path.join(repoRoot, "public/screenshots/postmortem-phone.png");

const [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
try {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    colorScheme: "light",
    isMobile: true,
    hasTouch: true,
  });
  await page.goto(`${app.baseUrl}/postmortems/${slug}`);
  // Start at the triage card, just under the sticky header: what on-call reads first, long error text wrapped.
  const card = page.locator("section[aria-labelledby=triage-heading]");
  await card.waitFor();
  const top = await card.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const header = await page
    .locator("header[data-site-header]")
    .evaluate((element) => element.getBoundingClientRect().height);
  await page.evaluate((y) => window.scrollTo(0, y), top - header - 12);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(repoRoot, file)}`);
} finally {
  await browser.close();
  await app.stop();
}
