// npm run bench:lighthouse -- [--runs 3] [--only mobile|desktop] [--json bench/out/lighthouse.json]
// Lighthouse (npm `lighthouse`, Debian's Chromium) on home, a postmortem with three
// diagrams, a pattern page, /search with a query and /postmortems/new signed in, with the
// mobile (default: Moto G emulation, 4x CPU throttling, slow 4G, simulated) and desktop
// presets; the median of `runs` runs of each, printed as a table of the four category
// scores with total blocking time, largest contentful paint and bytes transferred.
// Against the built app over a fresh embedded database with content/ imported. A benchmark,
// not a test: see BENCHMARKS.md. Run it on a quiet machine: the simulated timings follow
// the observed CPU.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

import { buildIfNeeded } from "../scripts/lib/build-if-needed";
import { startAppServer } from "../tests/helpers/app-server";
import { signedInUser } from "../tests/helpers/users";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const runs = Number(option("runs") ?? 3);
const presets = (option("only") ? [option("only")] : ["mobile", "desktop"]) as Array<"mobile" | "desktop">;
const jsonOut = option("json") ?? path.join(root, "bench/out/lighthouse.json");

const pages: Array<{ name: string; path: string; signedIn?: boolean; withoutDiagrams?: boolean }> = [
  { name: "home", path: "/" },
  { name: "postmortem (3 diagrams)", path: "/postmortems/cce-elb-members-per-pool-quota" },
  { name: "pattern", path: "/patterns/lb-quota-exhaustion" },
  { name: "search", path: `/search?q=${encodeURIComponent("connect() failed (111: Connection refused)")}` },
  { name: "new postmortem (signed in)", path: "/postmortems/new", signedIn: true },
  // The same postmortem with its diagrams deleted: the best that serving pre-rendered inline SVG
  // could do (the SVG's own bytes aside), measured last since it changes the database.
  { name: "postmortem, diagrams removed", path: "/postmortems/cce-elb-members-per-pool-quota", withoutDiagrams: true },
];

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  kib: number;
}

buildIfNeeded();
const app = await startAppServer({ env: { NODE_ENV: "production" } });
const author = await signedInUser(app.baseUrl, app.database, "author");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const results: Array<{ preset: string; page: string; median: Figures; runs: Figures[] }> = [];
try {
  for (const [p, page] of pages.entries()) {
    if (page.withoutDiagrams && !pages[p - 1]?.withoutDiagrams)
      await app.database.prisma.diagram.deleteMany({ where: { postmortem: { slug: page.path.split("/").pop() } } });
    for (const preset of presets) {
      const measured: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          `${app.baseUrl}${page.path}`,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
            ...(page.signedIn ? { extraHeaders: { Cookie: author.cookie } } : {}),
          },
          preset === "desktop" ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`lighthouse gave no result for ${page.path}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        measured.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
          tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
          lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
          kib: Math.round((audits["total-byte-weight"]?.numericValue ?? 0) / 1024),
        });
        if (i === 0) {
          const failing = Object.values(audits)
            .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
            .map((a) => a.id);
          if (failing.length) console.log(`  ${preset} ${page.name}: audits below 0.9: ${failing.join(", ")}`);
          // What keeps accessibility, best practices and SEO from 100, element by element.
          for (const id of ["accessibility", "best-practices", "seo"]) {
            for (const ref of categories[id]?.auditRefs ?? []) {
              const audit = audits[ref.id];
              if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
              const items = ((audit.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [])
                .slice(0, 4)
                .map((item) => {
                  const node = item.node as { selector?: string; snippet?: string } | undefined;
                  return node?.selector ?? String(item.source ?? item.url ?? item.description ?? "").slice(0, 80);
                });
              console.log(`    ${id}: ${ref.id} (${audit.title}) ${items.join(" | ")}`);
            }
          }
        }
      }
      results.push({ preset, page: page.name, median: median(measured), runs: measured });
    }
  }
} finally {
  await chrome.kill();
  await app.stop();
}

console.log(`\nLighthouse ${runs === 1 ? "(one run)" : `(median of ${runs} runs)`}\n`);
console.log(
  `${"preset".padEnd(8)} ${"page".padEnd(28)} ${"perf".padStart(4)} ${"a11y".padStart(4)} ${"bp".padStart(4)} ${"seo".padStart(4)} ${"TBT ms".padStart(7)} ${"LCP ms".padStart(7)} ${"KiB".padStart(6)}`,
);
for (const r of presets.flatMap((preset) => results.filter((x) => x.preset === preset))) {
  const m = r.median;
  console.log(
    `${r.preset.padEnd(8)} ${r.page.padEnd(28)} ${String(m.performance).padStart(4)} ${String(m.accessibility).padStart(4)} ${String(m.bestPractices).padStart(4)} ${String(m.seo).padStart(4)} ${String(m.tbtMs).padStart(7)} ${String(m.lcpMs).padStart(7)} ${String(m.kib).padStart(6)}`,
  );
}
mkdirSync(path.dirname(jsonOut), { recursive: true });
writeFileSync(jsonOut, JSON.stringify({ at: new Date().toISOString(), runs, results }, null, 2));
console.log(`\nwritten ${path.relative(root, jsonOut)}`);

/** Each figure's median over the runs (a middle run per figure, not one run for all). */
function median(values: Figures[]): Figures {
  const mid = (pick: (f: Figures) => number) => {
    const sorted = values.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    performance: mid((f) => f.performance),
    accessibility: mid((f) => f.accessibility),
    bestPractices: mid((f) => f.bestPractices),
    seo: mid((f) => f.seo),
    tbtMs: mid((f) => f.tbtMs),
    lcpMs: mid((f) => f.lcpMs),
    kib: mid((f) => f.kib),
  };
}
