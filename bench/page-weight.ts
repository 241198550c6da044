// npm run bench:page-weight: the JavaScript a browser downloads to show a
// postmortem page with diagrams and the same page without them, measured in
// Chromium against the built app (run `npx next build` first).
import { startAppServer } from "../tests/helpers/app-server";
import { launchBrowser } from "../tests/helpers/browser";

const slug = process.argv[2] ?? "calico-ipvs-stale-realserver-502s";

async function measure(url: string, waitForDiagram: boolean) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const sizes = new Map<string, number>();
    const types = new Map<string, string>();
    cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
    cdp.on("Network.loadingFinished", (e) => {
      if (types.get(e.requestId) === "Script") sizes.set(e.requestId, e.encodedDataLength);
    });
    await page.goto(url, { waitUntil: "networkidle" });
    // Diagrams are drawn as they near the viewport: scroll to them, as a reader would.
    if (waitForDiagram) {
      await page.locator("#diagrams").scrollIntoViewIfNeeded();
      await page.locator("#diagrams svg").first().waitFor({ timeout: 30_000 });
    }
    await page.waitForTimeout(500);
    const bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    return { scripts: sizes.size, kB: Math.round(bytes / 1024) };
  } finally {
    await browser.close();
  }
}

const app = await startAppServer();
try {
  const withDiagram = await measure(`${app.baseUrl}/postmortems/${slug}`, true);
  await app.database.prisma.diagram.deleteMany({ where: { postmortem: { slug } } });
  const withoutDiagram = await measure(`${app.baseUrl}/postmortems/${slug}`, false);
  console.log(`postmortem page JavaScript transferred (compressed as served by next start):`);
  console.log(`  with diagrams:    ${withDiagram.kB} kB in ${withDiagram.scripts} scripts`);
  console.log(`  without diagrams: ${withoutDiagram.kB} kB in ${withoutDiagram.scripts} scripts`);
  console.log(
    `  ratio: ${(withDiagram.kB / withoutDiagram.kB).toFixed(1)}x (mermaid loads only when a diagram is on the page)`,
  );
} finally {
  await app.stop();
}
process.exit(0);
