// npm run bench:postmortem-index -- [--size 10000] [--runs 60] [--engine postgres|pglite]
// The queries of /postmortems (lib/postmortems/postmortem-index.ts) at scale:
// content/ plus `size` synthetic postmortems (bench/corpus.ts, loaded by
// bench/load.ts) in a scratch database, each query's p50/p95 with the indexes
// of the migration 20261215030000_postmortem_index and then, in the same run,
// without them (the baseline), and the plan PostgreSQL picks for each sort.
// A benchmark, not a test: see BENCHMARKS.md.
import { readFileSync } from "node:fs";
import path from "node:path";

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
  const load = await loadCorpus(database.prisma, database.url, database.poolMax, size, contentDir, console.log);
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
      explain: `ORDER BY occurred_on DESC NULLS LAST, started_at DESC NULLS LAST, id LIMIT 25 OFFSET ${(latePage - 1) * 25}`,
    },
  ];

  const time = async (run: () => Promise<unknown>): Promise<Stats> => {
    for (let i = 0; i < 5; i++) await run();
    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      timings.push(performance.now() - started);
    }
    return summarize(timings);
  };
  const measure = async () => {
    const figures = new Map<string, Stats>();
    for (const q of queries) {
      const { query } = parseIndexQuery(q.params);
      figures.set(q.name, await time(() => listPostmortemIndex(query, null)));
    }
    figures.set("filter form's options", await time(() => listPostmortemIndexOptions(null)));
    return figures;
  };
  const plans = async () => {
    const lines = new Map<string, string>();
    for (const q of queries) {
      const rows = await database.prisma.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
        `EXPLAIN SELECT id FROM postmortems WHERE status = 'published' ${q.explain}`,
      );
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      lines.set(
        q.name,
        plan.match(/Index (?:Only )?Scan(?: Backward)? using \w+/)?.[0] ?? plan.match(/Sort|Seq Scan/)?.[0] ?? "?",
      );
    }
    return lines;
  };

  const withIndexes = await measure();
  const planWith = await plans();
  for (const name of indexNames) await database.prisma.$executeRawUnsafe(`DROP INDEX "${name}"`);
  await database.prisma.$executeRawUnsafe("ANALYZE postmortems");
  const baseline = await measure();
  const planWithout = await plans();

  const ms = (s: Stats) => `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}`;
  console.log(
    `\n${published} published of ${load.postmortems}; ${runs} runs each after 5 warm-up; ms p50 / p95 (count + page)`,
  );
  console.log(`| query | with the indexes | plan | baseline (without) | plan |`);
  console.log(`|---|---|---|---|---|`);
  for (const [name, stats] of withIndexes) {
    console.log(
      `| ${name} | ${ms(stats)} | ${planWith.get(name) ?? ""} | ${ms(baseline.get(name)!)} | ${planWithout.get(name) ?? ""} |`,
    );
  }
  await db.$disconnect();
} finally {
  await database.drop();
}
