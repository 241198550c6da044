import { randomBytes } from "node:crypto";
import path from "node:path";
import { gzipSync } from "node:zlib";

import pg from "pg";

import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

import { searchParamsSchema } from "@/lib/validations/search";

import { loadCorpus } from "./load";
import { benchQueries } from "./queries";

/**
 * The snapshot at scale (`npm run bench:retrieval -- --scale 10000`): content/ plus `size`
 * synthetic postmortems (bench/corpus.ts) in a scratch database on PostgreSQL; prints the
 * snapshot's size, build and refresh times, the in-memory index build, the snapshot engine's
 * latency on bench/queries.ts and how often its first result agrees with the database's.
 */
export async function benchSnapshotScale(root: string, size: number, existing?: string): Promise<void> {
  if (existing) return measure(existing, size);
  const server =
    process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `hindsight_snapshot_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const prisma = createPrismaClient(url.toString(), 4);
  try {
    await migrate(url.toString());
    const load = await loadCorpus(prisma, url.toString(), 4, size, path.join(root, "content"), () => {});
    console.log(`\nsnapshot at scale: ${load.postmortems} postmortems loaded`);
    await prisma.$disconnect();
    await measure(url.toString(), size);
  } finally {
    if (process.env.BENCH_KEEP) console.log(`  kept: --scale ${size} --url ${url}`);
    else await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function measure(url: string, size: number) {
  const prisma = createPrismaClient(url, 4);
  try {
    console.log(`\nsnapshot at scale (${size} synthetic postmortems and content/)`);
    process.env.DATABASE_URL = url.toString();
    process.env.HINDSIGHT_DB_POOL_MAX = "4";
    const { buildSearchSnapshot, refreshSnapshot } = await import("@/lib/search/snapshot/build-snapshot");
    const { searchSnapshot } = await import("@/lib/search/memory/browser-search");
    const { indexOf } = await import("@/lib/search/memory/snapshot-index");
    const { searchEverything } = await import("@/lib/search/search-everything");
    let started = performance.now();
    const build = await buildSearchSnapshot(prisma);
    const buildMs = performance.now() - started;
    const json = JSON.stringify(build.snapshot);
    started = performance.now();
    const gzip = gzipSync(json).length;
    const gzipMs = performance.now() - started;
    started = performance.now();
    await refreshSnapshot(prisma, build);
    const refreshMs = performance.now() - started;
    started = performance.now();
    indexOf(build.snapshot);
    const indexMs = performance.now() - started;
    const heap = process.memoryUsage().heapUsed;
    console.log(
      `  ${build.snapshot.documents.length} documents: ${(json.length / 1024 / 1024).toFixed(1)} MB JSON, ` +
        `${(gzip / 1024 / 1024).toFixed(1)} MB gzip (${gzipMs.toFixed(0)} ms); built in ${(buildMs / 1000).toFixed(1)} s, ` +
        `refresh with nothing changed ${refreshMs.toFixed(0)} ms, in-memory index ${indexMs.toFixed(0)} ms, heap ${(heap / 1024 / 1024).toFixed(0)} MB; ` +
        `stems ${build.agreed}/${build.words} words (${((100 * build.agreed) / build.words).toFixed(2)}%)`,
    );
    const timings: number[] = [];
    let agree = 0;
    const expected = { database: 0, snapshot: 0, total: 0 };
    for (const query of benchQueries) {
      const params = searchParamsSchema.parse({ q: query.q, status: "published", ...query.params });
      const db = await searchEverything(params);
      const t = performance.now();
      const memory = await searchSnapshot(build.snapshot, params);
      timings.push(performance.now() - t);
      const first = (r: typeof db) => r.groups.postmortems.items[0]?.slug ?? null;
      if (first(db) === first(memory)) agree++;
      else console.log(`  differs: ${query.q.slice(0, 50)}: database ${first(db)}, snapshot ${first(memory)}`);
      if (query.expect) {
        const hit = (slug: string | null) => query.expect!.some((prefix) => slug?.startsWith(prefix));
        expected.total++;
        if (hit(first(db))) expected.database++;
        if (hit(first(memory))) expected.snapshot++;
      }
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    console.log(
      `  snapshot engine: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms per query; first result agrees ${agree}/${benchQueries.length}; ` +
        `first result of the expected family: database ${expected.database}/${expected.total}, snapshot ${expected.snapshot}/${expected.total}`,
    );
  } finally {
    await prisma.$disconnect();
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  }
}
