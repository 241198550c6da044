import { Prisma } from "@/lib/generated/prisma/client";

import { count, type InsightsDb } from "./db";
import type { InsightFilters } from "./filters";
import { publishedPostmortems } from "./filter-sql";

/** Below this many incidents a group's percentiles are not given: they would only describe those few. */
export const MIN_GROUP_SIZE = 3;

export const responseMetrics = ["detect", "mitigate", "resolve"] as const;
export type ResponseMetric = (typeof responseMetrics)[number];

export interface MetricSummary {
  /** incidents whose start and this time are both known */
  n: number;
  /** seconds; null when n < MIN_GROUP_SIZE */
  p50: number | null;
  p90: number | null;
}

export interface ResponseTimeGroup {
  /** a pattern's slug, or a severity ("SEV1" ... "unrated") */
  key: string;
  label: string;
  incidents: number;
  metrics: Record<ResponseMetric, MetricSummary>;
}

// Seconds from the start to each moment; a moment recorded before the start is a data error and left out.
const since = (column: string, as: ResponseMetric) =>
  Prisma.raw(
    `CASE WHEN p.${column} >= p.started_at THEN extract(epoch FROM p.${column} - p.started_at)::float8 END AS ${as}`,
  );
const durations = Prisma.sql`durations AS (
  SELECT p.id, p.severity, ${since("detected_at", "detect")}, ${since("mitigated_at", "mitigate")},
    ${since("resolved_at", "resolve")}
  FROM pm p WHERE p.started_at IS NOT NULL)`;

const summaries = Prisma.join(
  responseMetrics.map(
    (m) => Prisma.sql`count(d.${Prisma.raw(m)}) AS ${Prisma.raw(`${m}_n`)},
      percentile_cont(0.5) WITHIN GROUP (ORDER BY d.${Prisma.raw(m)}) AS ${Prisma.raw(`${m}_p50`)},
      percentile_cont(0.9) WITHIN GROUP (ORDER BY d.${Prisma.raw(m)}) AS ${Prisma.raw(`${m}_p90`)}`,
  ),
  ",\n",
);

type Row = { key: string; label: string; incidents: bigint } & Record<string, bigint | number | string | null>;

function toGroup(row: Row): ResponseTimeGroup {
  const metric = (m: ResponseMetric): MetricSummary => {
    const n = count(row[`${m}_n`] as bigint);
    const enough = n >= MIN_GROUP_SIZE;
    return { n, p50: enough ? (row[`${m}_p50`] as number) : null, p90: enough ? (row[`${m}_p90`] as number) : null };
  };
  return {
    key: row.key,
    label: row.label,
    incidents: count(row.incidents),
    metrics: { detect: metric("detect"), mitigate: metric("mitigate"), resolve: metric("resolve") },
  };
}

/** (b) Time to detect, mitigate and resolve, p50 and p90 per failure pattern (percentile_cont, in the database). */
export async function getResponseTimesByPattern(db: InsightsDb, filters: InsightFilters): Promise<ResponseTimeGroup[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH ${publishedPostmortems(filters)}, ${durations}
    SELECT fp.slug AS key, fp.name AS label, count(*) AS incidents, ${summaries}
    FROM durations d
    JOIN postmortem_patterns pp ON pp.postmortem_id = d.id
    JOIN failure_patterns fp ON fp.id = pp.pattern_id
    GROUP BY fp.slug, fp.name
    ORDER BY count(*) DESC, fp.name`);
  return rows.map(toGroup);
}

/** (b) The same per severity; unrated incidents are their own group. */
export async function getResponseTimesBySeverity(
  db: InsightsDb,
  filters: InsightFilters,
): Promise<ResponseTimeGroup[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH ${publishedPostmortems(filters)}, ${durations}
    SELECT coalesce(d.severity::text, 'unrated') AS key, coalesce(d.severity::text, 'Unrated') AS label,
      count(*) AS incidents, ${summaries}
    FROM durations d
    GROUP BY d.severity
    ORDER BY d.severity NULLS LAST`);
  return rows.map(toGroup);
}

export interface ResolveTime {
  slug: string;
  title: string;
  severity: string;
  /** seconds from start to resolution */
  seconds: number;
}

/** (c) Every incident's time to resolve with its severity: the points of the duration-by-severity chart. */
export async function listResolveTimes(db: InsightsDb, filters: InsightFilters): Promise<ResolveTime[]> {
  return db.$queryRaw<ResolveTime[]>(Prisma.sql`
    WITH ${publishedPostmortems(filters)}
    SELECT p.slug, p.title, coalesce(p.severity::text, 'unrated') AS severity,
      extract(epoch FROM p.resolved_at - p.started_at)::float8 AS seconds
    FROM pm p
    WHERE p.started_at IS NOT NULL AND p.resolved_at >= p.started_at
    ORDER BY p.severity NULLS LAST, seconds`);
}
