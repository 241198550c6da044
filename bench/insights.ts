// node --import tsx --conditions=react-server bench/insights.ts [count]
// The /insights aggregations over `count` (default 10,000) published postmortems with patterns, limits and
// action items, written with createMany into a scratch database (DATABASE_URL's server, else PGlite). Prints
// each aggregation's time, warm (the second of two runs). A benchmark, not a test.
import { randomUUID } from "node:crypto";

import { getActionItemCompletion } from "@/lib/insights/action-items";
import { Prisma } from "@/lib/generated/prisma/client";
import { fixDidNotHoldSql, listFixesThatDidNotHold } from "@/lib/insights/fix-did-not-hold";
import { getIncidentsByQuarter } from "@/lib/insights/incidents-by-quarter";
import { listLimitsHitMost } from "@/lib/insights/limits-hit";
import { getResponseTimesByPattern, getResponseTimesBySeverity, listResolveTimes } from "@/lib/insights/response-times";

import { contentDir } from "../tests/helpers/paths";
import { createContentDatabase } from "../tests/helpers/test-database";

const count = Number(process.argv[2] ?? 10_000);
const database = await createContentDatabase(contentDir);
const prisma = database.prisma;
try {
  const patterns = await prisma.failurePattern.findMany({ select: { id: true } });
  const limits = await prisma.limit.findMany({ select: { id: true } });
  const severities = ["SEV1", "SEV2", "SEV3", "SEV4", null] as const;
  const statuses = ["open", "in_progress", "done", "wont_do"] as const;
  const start = Date.parse("2020-01-01T00:00:00Z");
  for (let offset = 0; offset < count; offset += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - offset) }, (_, j) => {
      const i = offset + j;
      const startedAt = new Date(start + i * 3 * 3600_000 + (i % 7) * 60_000);
      const minutes = (n: number) => new Date(startedAt.getTime() + n * 60_000);
      return { id: randomUUID(), i, startedAt, minutes };
    });
    await prisma.postmortem.createMany({
      data: batch.map(({ id, i, startedAt, minutes }) => ({
        id,
        slug: `bench-${i}`,
        title: `Bench incident ${i}`,
        summary: "A generated incident.",
        status: "published" as const,
        severity: severities[i % severities.length],
        origin: i % 3 ? ("own" as const) : ("public" as const),
        cloudProvider: ["Alibaba Cloud", "AWS", "GCP"][i % 3],
        startedAt,
        detectedAt: minutes(5 + (i % 30)),
        mitigatedAt: minutes(20 + (i % 90)),
        resolvedAt: minutes(60 + (i % 600)),
      })),
    });
    await prisma.postmortemPattern.createMany({
      data: batch.flatMap(({ id, i }) => [
        { postmortemId: id, patternId: patterns[i % patterns.length]!.id, position: 0 },
        { postmortemId: id, patternId: patterns[(i + 3) % patterns.length]!.id, position: 1 },
      ]),
    });
    await prisma.postmortemLimit.createMany({
      data: batch.map(({ id, i }) => ({ postmortemId: id, limitId: limits[i % limits.length]!.id, position: 0 })),
    });
    await prisma.actionItem.createMany({
      data: batch.flatMap(({ id, i }) =>
        [0, 1, 2].map((position) => ({
          postmortemId: id,
          position,
          title: "Do something",
          // every fifth incident has all its items closed
          status: i % 5 ? statuses[(i + position) % 4]! : statuses[2 + ((i + position) % 2)]!,
          dueDate: new Date(start + i * 3 * 3600_000 + 30 * 86400_000),
        })),
      ),
    });
  }
  // What autovacuum does soon after a bulk import: without statistics the planner expects 5 rows.
  await prisma.$executeRawUnsafe("ANALYZE");
  const runs = {
    "incidents by quarter": () => getIncidentsByQuarter(prisma, {}),
    "response times by pattern": () => getResponseTimesByPattern(prisma, {}),
    "response times by severity": () => getResponseTimesBySeverity(prisma, {}),
    "resolve times": () => listResolveTimes(prisma, {}),
    "limits hit most": () => listLimitsHitMost(prisma, {}),
    "fix did not hold": () => listFixesThatDidNotHold(prisma, {}),
    "action items": () => getActionItemCompletion(prisma, {}),
  };
  console.log(`${count} postmortems (${database.engine})`);
  if (process.env.BENCH_EXPLAIN) {
    const plan = await prisma.$queryRaw<Array<{ "QUERY PLAN": string }>>(
      Prisma.sql`EXPLAIN ANALYZE ${fixDidNotHoldSql({})}`,
    );
    console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
  }
  for (const [name, run] of Object.entries(runs)) {
    await run();
    const t = performance.now();
    await run();
    console.log(`${name.padEnd(28)} ${(performance.now() - t).toFixed(0).padStart(6)} ms`);
  }
} finally {
  await database.drop();
}
