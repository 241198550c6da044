// npm run bench:search -- [--engine postgres|pglite] [--sizes 10000,100000] [--rounds 5] [--seconds 10] [--no-build]
//                        [--keep] (PostgreSQL: keep the scratch databases) [--url postgresql://...] (re-measure one; no import, no ripgrep)
// Loads a seeded synthetic corpus into a scratch database, serves it with the
// built app (next start), times a fixed query mix through GET /api/search, and
// times ripgrep over the same corpus as markdown files. See BENCHMARKS.md.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { freePort, startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

import { buildIfNeeded } from "../scripts/lib/build-if-needed";
import { stopChild, waitForHealth } from "../tests/helpers/app-server";
import { measureLatency, measureThroughput, summarize, type LatencyReport } from "./http-load";
import { loadCorpus, type LoadReport } from "./load";
import { benchQueries } from "./queries";
import { exportCorpus, ripgrepAvailable, timeRipgrep } from "./ripgrep";

type Engine = "postgres" | "pglite";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "bench/out");
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const engines = (option("engine")?.split(",") ?? ["postgres", "pglite"]) as Engine[];
const sizesFor = (engine: Engine) =>
  (option("sizes") ?? (engine === "postgres" ? "10000,100000" : "10000")).split(",").map(Number);
const rounds = Number(option("rounds") ?? 5);
const seconds = Number(option("seconds") ?? 10);
const server =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

interface RunResult {
  engine: Engine;
  size: number;
  load: LoadReport;
  storage: Record<string, number>;
  latency: LatencyReport;
  throughput: { requests: number; perSecond: number; concurrency: number };
  ripgrep?: { p50: number; mean: number; files: number; exportSeconds: number };
}

const log = (line: string) => console.log(line);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function scratchDatabase(engine: Engine): Promise<{ url: string; poolMax: number; drop: () => Promise<void> }> {
  if (engine === "pglite") {
    const embedded = await startEmbeddedDatabase();
    return { url: embedded.url, poolMax: 1, drop: embedded.stop };
  }
  const name = `hindsight_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), poolMax: 10, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function storage(prisma: PrismaClient): Promise<Record<string, number>> {
  const rows = await prisma.$queryRaw<Array<{ name: string; bytes: number }>>`
    SELECT c.relname::text AS name, pg_relation_size(c.oid)::float8 AS bytes
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid IN ('search_documents'::regclass, 'search_terms'::regclass)
    UNION ALL SELECT 'search_documents (table, TOAST and indexes)', pg_total_relation_size('search_documents')::float8
    UNION ALL SELECT 'search_terms (table and indexes)', pg_total_relation_size('search_terms')::float8
    UNION ALL SELECT 'database', pg_database_size(current_database())::float8`;
  return Object.fromEntries(rows.map((r) => [r.name, r.bytes]));
}

/** The working tree is shared: another `next build` may be replacing .next. Wait for a complete build. */
async function waitForBuild(): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  const building = () => spawnSync("pgrep", ["-f", "next build"]).status === 0;
  while ((building() || !existsSync(path.join(root, ".next/BUILD_ID"))) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 5_000));
}

async function serve(url: string, poolMax: number): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  for (let attempt = 1; ; attempt++) {
    await waitForBuild();
    try {
      return await startServer(url, poolMax);
    } catch (error) {
      if (attempt >= 5 || !/production build/.test(String(error))) throw error;
      log("  .next was being rebuilt (shared working tree): waiting for the build, then starting again");
    }
  }
}

async function startServer(url: string, poolMax: number): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        HINDSIGHT_DB_POOL_MAX: String(poolMax),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  child.stdout!.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => output.push(d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, output);
    const probe = await fetch(`${baseUrl}/api/search?q=dns`);
    if (probe.status !== 200)
      throw new Error(`GET /api/search answered ${probe.status}: rebuild the app (npx next build)\n${output.join("")}`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { baseUrl, stop: () => stopChild(child) };
}

async function run(engine: Engine, size: number): Promise<RunResult> {
  log(`\n== ${engine}, ${size.toLocaleString("en-US")} synthetic postmortems (+ content/)`);
  const database = await scratchDatabase(engine);
  const keep = engine === "postgres" && args.includes("--keep");
  try {
    await migrate(database.url);
    const prisma = createPrismaClient(database.url, engine === "pglite" ? 1 : 4);
    const load = await loadCorpus(
      prisma,
      database.url,
      engine === "pglite" ? 1 : 4,
      size,
      path.join(root, "content"),
      log,
    );
    log(
      `  import: ${load.insertSeconds.toFixed(1)} s inserting, ${load.indexSeconds.toFixed(1)} s building search documents`,
    );
    const sizes = await storage(prisma);
    await prisma.$disconnect();
    for (const [name, bytes] of Object.entries(sizes)) log(`  ${name.padEnd(44)} ${mb(bytes)}`);
    const app = await serve(database.url, database.poolMax);
    try {
      const latency = await measureLatency(app.baseUrl, benchQueries, rounds, log);
      const concurrency = engine === "pglite" ? 2 : 4;
      const throughput = await measureThroughput(app.baseUrl, benchQueries, concurrency, seconds);
      log(
        `  throughput: ${throughput.perSecond.toFixed(0)} req/s with ${concurrency} concurrent clients (${throughput.requests} requests in ${seconds} s)`,
      );
      return { engine, size, load, storage: sizes, latency, throughput: { ...throughput, concurrency } };
    } finally {
      await app.stop();
    }
  } finally {
    if (keep) log(`  kept the database: --url ${database.url}`);
    else await database.drop();
  }
}

/** Re-measures a database that is already loaded (a quiet moment on a shared machine is worth waiting for). */
async function measureExisting(url: string): Promise<void> {
  const prisma = createPrismaClient(url, 1);
  const [row] = await prisma.$queryRaw<
    Array<{ n: number }>
  >`SELECT count(*)::int AS n FROM search_documents WHERE kind = 'postmortem'`;
  const n = row?.n ?? 0;
  await prisma.$disconnect();
  log(`\n== ${new URL(url).pathname.slice(1)}: ${n.toLocaleString("en-US")} postmortems`);
  const app = await serve(url, 10);
  try {
    await measureLatency(app.baseUrl, benchQueries, rounds, log);
    const throughput = await measureThroughput(app.baseUrl, benchQueries, 4, seconds);
    log(`  throughput: ${throughput.perSecond.toFixed(0)} req/s with 4 concurrent clients`);
  } finally {
    await app.stop();
  }
}

async function main() {
  const started = performance.now();
  if (!args.includes("--no-build")) buildIfNeeded();
  mkdirSync(outDir, { recursive: true });
  const existing = option("url");
  if (existing) return measureExisting(existing);
  const results: RunResult[] = [];
  for (const engine of engines) for (const size of sizesFor(engine)) results.push(await run(engine, size));

  if (ripgrepAvailable()) {
    for (const size of [...new Set(results.map((r) => r.size))]) {
      const exported = exportCorpus(outDir, size, path.join(root, "content"));
      log(
        `\n== ripgrep over ${size.toLocaleString("en-US")} markdown files${exported.reused ? " (reused export)" : ` (exported in ${exported.seconds.toFixed(1)} s)`}`,
      );
      const timings = timeRipgrep(exported.dir, benchQueries);
      const stats = summarize(timings.map((t) => t.ms));
      for (const r of results.filter((x) => x.size === size))
        r.ripgrep = {
          p50: stats.p50,
          mean: stats.mean,
          files: timings.reduce((n, t) => n + t.files, 0),
          exportSeconds: exported.seconds,
        };
      log(
        `  rg -l -i -F: p50 ${stats.p50.toFixed(0)} ms, p95 ${stats.p95.toFixed(0)} ms, mean ${stats.mean.toFixed(0)} ms per query`,
      );
    }
  } else {
    log("\nripgrep (rg) is not installed: apt-get install -y ripgrep. Skipping the comparison.");
  }

  log("\n== summary");
  log(
    "engine    size     insert  index   p50 ms  p95 ms  p99 ms  server p95  load    req/s   hit@1    rg p50 ms  rg/api (p50)  search index size",
  );
  for (const r of results) {
    const index = Object.entries(r.storage)
      .filter(([name]) => name.endsWith("_idx"))
      .reduce((n, [, b]) => n + b, 0);
    const ratio = r.ripgrep ? `${(r.ripgrep.p50 / r.latency.all.p50).toFixed(0)}x` : "-";
    log(
      `${r.engine.padEnd(9)} ${String(r.size).padEnd(8)} ${`${r.load.insertSeconds.toFixed(0)}s`.padEnd(7)} ${`${r.load.indexSeconds.toFixed(0)}s`.padEnd(7)} ${r.latency.all.p50.toFixed(1).padEnd(7)} ${r.latency.all.p95.toFixed(1).padEnd(7)} ${r.latency.all.p99.toFixed(1).padEnd(7)} ${r.latency.server.p95.toFixed(1).padEnd(11)} ${r.latency.load
        .map((l) => l.toFixed(1))
        .join("/")
        .padEnd(
          7,
        )} ${r.throughput.perSecond.toFixed(0).padEnd(7)} ${`${r.latency.hits}/${r.latency.judged}`.padEnd(8)} ${(r.ripgrep?.p50.toFixed(0) ?? "-").padEnd(10)} ${ratio.padEnd(13)} ${mb(index)}`,
    );
  }
  const file = path.join(outDir, `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ rounds, seconds, results }, null, 2));
  log(`\nwrote ${path.relative(root, file)}; total ${((performance.now() - started) / 60_000).toFixed(1)} min`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
