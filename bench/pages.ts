// npm run bench:pages -- [--seconds 10] [--engine pglite|postgres] [--json bench/out/pages.json]
// Reading pages over HTTP with wrk (Debian's `wrk`), against the built app as
// `npm start` serves it (scripts/serve.ts), on embedded PGlite and on PostgreSQL
// (DATABASE_URL or BENCH_DATABASE_URL, default 127.0.0.1:5432): a postmortem page,
// a pattern page and home, at 1 and 64 connections, served from the page cache
// (lib/cache/) and with the cache turned off (HINDSIGHT_PAGE_CACHE=off: the same
// pages rendered on every request, as before the cache), and a static file (the
// pages' stylesheet) as the floor. One server at a time; content/ and the
// public-incidents pack imported. A benchmark, not a test: see BENCHMARKS.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { buildIfNeeded } from "../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../tests/helpers/app-server";
import { contentDir, packDir, repoRoot } from "../tests/helpers/paths";

import { requireWrk, wrk as runWrk, type WrkFigures } from "./wrk";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const seconds = Number(option("seconds") ?? 10);
const engines = (option("engine") ? [option("engine")] : ["pglite", "postgres"]) as Array<"pglite" | "postgres">;
const jsonOut = option("json") ?? path.join(repoRoot, "bench/out/pages.json");
const postgresUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const pages = [
  { name: "postmortem", path: "/postmortems/cce-elb-members-per-pool-quota" },
  { name: "pattern", path: "/patterns/lb-quota-exhaustion" },
  { name: "home", path: "/" },
];
const connections = [1, 64];

interface Row extends WrkFigures {
  engine: string;
  page: string;
  mode: "cached" | "uncached" | "static file";
  connections: number;
}

requireWrk();

const wrk = (url: string, conns: number) => runWrk(url, { connections: conns, seconds });

async function stylesheetOf(base: string): Promise<string> {
  const html = await (await fetch(`${base}${pages[0]!.path}`)).text();
  const href = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error("no stylesheet link in the postmortem page");
  return href;
}

async function measure(engine: "pglite" | "postgres", cached: boolean, rows: Row[]) {
  if (engine === "postgres") process.env.DATABASE_URL = postgresUrl;
  else delete process.env.DATABASE_URL;
  let app: AppServer | undefined;
  try {
    app = await startAppServer({
      content: [contentDir, packDir],
      env: { NODE_ENV: "production", ...(cached ? {} : { HINDSIGHT_PAGE_CACHE: "off" }) },
    });
    const base = app.baseUrl;
    const targets = [
      ...pages.map((p) => ({ ...p, mode: (cached ? "cached" : "uncached") as Row["mode"] })),
      ...(cached ? [{ name: "stylesheet", path: await stylesheetOf(base), mode: "static file" as const }] : []),
    ];
    for (const target of targets) {
      // Rendered once before measuring (into the cache, when it is on); a fresh connection each time.
      const first = await fetch(`${base}${target.path}`, { headers: { connection: "close" } }).catch(() =>
        fetch(`${base}${target.path}`),
      );
      if (!first.ok) throw new Error(`${target.path}: HTTP ${first.status}`);
      await first.arrayBuffer();
      for (const conns of connections) {
        const figures = await wrk(`${base}${target.path}`, conns);
        const row = { engine, page: target.name, mode: target.mode, connections: conns, ...figures };
        rows.push(row);
        console.log(
          `${engine.padEnd(8)} ${target.name.padEnd(11)} ${target.mode.padEnd(11)} c=${String(conns).padEnd(3)} ` +
            `${row.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${row.p50.toFixed(1).padStart(7)} ms  ` +
            `p95 ${row.p95.toFixed(1).padStart(7)} ms  p99 ${row.p99.toFixed(1).padStart(7)} ms  ` +
            `${(row.bytes / 1024).toFixed(0)} KiB${row.errors ? `  errors ${row.errors}` : ""}`,
        );
      }
    }
  } finally {
    await app?.stop();
  }
}

buildIfNeeded();
const rows: Row[] = [];
for (const engine of engines) {
  for (const cached of [true, false]) await measure(engine, cached, rows);
}

console.log("\nCached against uncached (same engine, page and connections):");
console.log("engine   page        conns  cached req/s  uncached req/s  speed-up  cached p95  uncached p95");
for (const row of rows.filter((r) => r.mode === "cached")) {
  const base = rows.find(
    (r) => r.mode === "uncached" && r.engine === row.engine && r.page === row.page && r.connections === row.connections,
  );
  if (!base) continue;
  console.log(
    `${row.engine.padEnd(8)} ${row.page.padEnd(11)} ${String(row.connections).padEnd(6)} ` +
      `${row.requestsPerSecond.toFixed(1).padStart(12)}  ${base.requestsPerSecond.toFixed(1).padStart(14)}  ` +
      `${(row.requestsPerSecond / base.requestsPerSecond).toFixed(1).padStart(7)}x  ` +
      `${row.p95.toFixed(1).padStart(8)} ms  ${base.p95.toFixed(1).padStart(10)} ms`,
  );
}
const floor = rows.filter((r) => r.mode === "static file");
for (const row of floor) {
  console.log(
    `floor: ${row.engine} static file c=${row.connections}: ${row.requestsPerSecond.toFixed(1)} req/s, p95 ${row.p95.toFixed(1)} ms`,
  );
}
mkdirSync(path.dirname(jsonOut), { recursive: true });
writeFileSync(jsonOut, JSON.stringify({ seconds, rows }, null, 2));
console.log(`\nfigures: ${path.relative(repoRoot, jsonOut)}`);
