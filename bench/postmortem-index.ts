// npm run bench:postmortem-index -- [--size 10000] [--runs 60] [--engine postgres|pglite]
// The queries of /postmortems (lib/postmortems/postmortem-index.ts) at scale:
// content/ plus `size` synthetic postmortems (bench/corpus.ts, loaded by
// bench/load.ts) in a scratch database, each query's p50/p95 with the indexes
// of the migration 20261215030000_postmortem_index and then, in the same run,
// without them (the baseline), and the plan PostgreSQL picks for each sort.
// A benchmark, not a test: see BENCHMARKS.md.
import { readFileSync } from "node:fs";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { createTestDatabase } from "../tests/helpers/test-database";
import { contentDir, repoRoot } from "../tests/helpers/paths";

import { summarize, type Stats } from "./http-load";
import { loadCorpus } from "./load";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const size = Number(option("size") ?? 10_000);
const runs = Number(option("runs") ?? 60);
const postgresUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const server = option("engine") === "pglite" ? undefined : postgresUrl;

const migration = path.join(repoRoot, "prisma/migrations/20261215030000_postmortem_index/migration.sql");
const indexNames = [...readFileSync(migration, "utf8").matchAll(/CREATE INDEX "(\w+)"/g)].map((m) => m[1]!);

const database = await createTestDatabase(server);
try {
  console.log(`postmortem index at scale (${database.engine}): loading ${size} synthetic postmortems ...`);
  // The import's transactions get a minute: on a busy machine Prisma's default 5 s is not enough.
  const loader = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: database.poolMax }),
    transactionOptions: { maxWait: 60_000, timeout: 60_000 },
  });
  const load = await loadCorpus(loader, database.url, database.poolMax, size, contentDir, console.log);
  await loader.$disconnect();
  // The synthetic corpus has start times only: mitigation from its timeline, resolution some
  // minutes later, one in ten never resolved (so null durations are in every sort).
  await database.prisma.$executeRawUnsafe(`
    UPDATE postmortems p SET mitigated_at = t.at,
      resolved_at = CASE WHEN abs(hashtext(p.slug)) % 10 = 0 THEN NULL
                         ELSE t.at + (abs(hashtext(p.slug)) % 600) * interval '1 minute' END
    FROM (SELECT postmortem_id, max(at) AS at FROM timeline_events WHERE kind = 'mitigation' GROUP BY postmortem_id) t
    WHERE t.postmortem_id = p.id`);
  await database.prisma.$executeRawUnsafe("VACUUM ANALYZE postmortems");
  console.log(`  ${load.postmortems} postmortems in ${(load.insertSeconds + load.indexSeconds).toFixed(0)} s`);

  process.env.DATABASE_URL = database.url;
  process.env.HINDSIGHT_DB_POOL_MAX = String(database.poolMax);
  const { listPostmortemIndex, listPostmortemIndexOptions } = await import("@/lib/postmortems/postmortem-index");
  const { parseIndexQuery } = await import("@/lib/validations/postmortem-index");
  const { db } = await import("@/lib/db");

  const common = await database.prisma.postmortemPattern.groupBy({
    by: ["patternId"],
    _count: true,
    orderBy: { _count: { patternId: "desc" } },
    take: 1,
  });
  const pattern = await database.prisma.failurePattern.findUniqueOrThrow({
    where: { id: common[0]!.patternId },
    select: { slug: true },
  });
  const published = await database.prisma.postmortem.count({ where: { status: "published" } });
  const latePage = Math.ceil(published / 25) - 1;
  const queries: Array<{ name: string; params: Record<string, string>; explain: string }> = [
    {
      name: "default sort (date, newest first)",
      params: {},
      explain: `ORDER BY occurred_on DESC NULLS LAST, started_at DESC NULLS LAST, id LIMIT 25`,
    },
    {
      name: "sort by time to resolve",
      params: { sort: "ttr" },
      explain: `ORDER BY time_to_resolve_seconds ASC NULLS LAST, id LIMIT 25`,
    },
    {
      name: "sort by severity",
      params: { sort: "severity" },
      explain: `ORDER BY severity ASC NULLS LAST, id LIMIT 25`,
    },
    {
      name: `filter by pattern (${pattern.slug})`,
      params: { pattern: pattern.slug },
      explain: `AND EXISTS (SELECT 1 FROM postmortem_patterns pp JOIN failure_patterns f ON f.id = pp.pattern_id
        WHERE pp.postmortem_id = postmortems.id AND f.slug = '${pattern.slug}')
        ORDER BY occurred_on DESC NULLS LAST, started_at DESC NULLS LAST, id LIMIT 25`,
    },
    {
      name: `late page (${latePage} of ${latePage + 1})`,
      params: { page: String(latePage) },
      // A page in the second half is read from the end of the order (the date index walked backwards).
      explain: `ORDER BY occurred_on ASC NULLS FIRST, started_at ASC NULLS FIRST, id DESC LIMIT 25 OFFSET ${published - latePage * 25}`,
    },
  ];

  // The machine is shared: rounds alternate with and without the indexes so that a change of
  // load falls on both alike. Each round: every query `runs / rounds` times after a warm-up.
  const rounds = 4;
  const definitions = await database.prisma.$queryRawUnsafe<Array<{ indexdef: string }>>(
    `SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1::text[])`,
    indexNames,
  );
  const samples = { with: new Map<string, number[]>(), without: new Map<string, number[]>() };
  const executions = { with: new Map<string, number[]>(), without: new Map<string, number[]>() };
  const plans = { with: new Map<string, string>(), without: new Map<string, string>() };
  const note = (into: Map<string, number[]>, name: string, ms: number) =>
    into.set(name, [...(into.get(name) ?? []), ms]);
  const runQueries = async (mode: "with" | "without") => {
    const all = [
      ...queries.map((q) => ({ name: q.name, run: () => listPostmortemIndex(parseIndexQuery(q.params).query, null) })),
      { name: "filter form's options", run: () => listPostmortemIndexOptions(null) },
    ];
    for (const q of all) {
      for (let i = 0; i < 3; i++) await q.run();
      for (let i = 0; i < Math.ceil(runs / rounds); i++) {
        const started = performance.now();
        await q.run();
        note(samples[mode], q.name, performance.now() - started);
      }
    }
    // The database's own time for the page's query (no client, no count): EXPLAIN ANALYZE.
    for (const q of queries) {
      for (let i = 0; i < 5; i++) {
        const rows = await database.prisma.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
          `EXPLAIN ANALYZE SELECT id FROM postmortems WHERE status = 'published' ${q.explain}`,
        );
        const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        note(executions[mode], q.name, Number(plan.match(/Execution Time: ([\d.]+)/)?.[1] ?? NaN));
        plans[mode].set(
          q.name,
          plan.match(/Index (?:Only )?Scan(?: Backward)? using \w+/)?.[0] ?? plan.match(/Sort|Seq Scan/)?.[0] ?? "?",
        );
      }
    }
  };
  for (let round = 0; round < rounds; round++) {
    await runQueries("with");
    for (const name of indexNames) await database.prisma.$executeRawUnsafe(`DROP INDEX "${name}"`);
    await database.prisma.$executeRawUnsafe("ANALYZE postmortems");
    await runQueries("without");
    for (const { indexdef } of definitions) await database.prisma.$executeRawUnsafe(indexdef);
    await database.prisma.$executeRawUnsafe("ANALYZE postmortems");
  }

  const ms = (values: number[] | undefined) => {
    if (!values) return "";
    const s: Stats = summarize(values);
    return `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}`;
  };
  console.log(
    `\n${published} published of ${load.postmortems}; ${rounds} alternating rounds, ${runs} runs a query each way; ` +
      `ms p50 / p95. "page": listPostmortemIndex (count + rows + their patterns and tags) as the page calls it; ` +
      `"SQL": EXPLAIN ANALYZE of the row query alone`,
  );
  console.log(`| query | page, indexes | SQL, indexes | plan | page, baseline | SQL, baseline | plan |`);
  console.log(`|---|---|---|---|---|---|---|`);
  for (const [name, values] of samples.with) {
    console.log(
      `| ${name} | ${ms(values)} | ${ms(executions.with.get(name))} | ${plans.with.get(name) ?? ""} | ` +
        `${ms(samples.without.get(name))} | ${ms(executions.without.get(name))} | ${plans.without.get(name) ?? ""} |`,
    );
  }
  await db.$disconnect();
} finally {
  await database.drop();
}
