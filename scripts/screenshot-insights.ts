// Takes the README's screenshot of /insights (1280 px wide, light theme) over a scratch database with content/
// and the public-incidents pack, whose incidents have dates and times. Needs a build and Chromium, as
// scripts/screenshot-phone.ts does:
//   NODE_ENV=test node --import tsx --conditions=react-server scripts/screenshot-insights.ts
import path from "node:path";

import { startAppServer } from "../tests/helpers/app-server";
import { launchBrowser } from "../tests/helpers/browser";
import { contentDir, packDir, repoRoot } from "../tests/helpers/paths";

const file = path.join(repoRoot, "public/screenshots/insights.png");

const [app, browser] = await Promise.all([startAppServer({ content: [contentDir, packDir] }), launchBrowser()]);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 }, colorScheme: "light" });
  await page.goto(`${app.baseUrl}/insights`);
  await page.locator('section[data-insight] svg[role="img"]').first().waitFor();
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(repoRoot, file)}`);
} finally {
  await browser.close();
  await app.stop();
}
