import { Prisma } from "@/lib/generated/prisma/client";

import type { InsightsDb } from "./db";
import type { InsightFilters } from "./filters";
import { incidentStart, publishedPostmortems } from "./filter-sql";

export interface FixDidNotHold {
  patternSlug: string;
  patternName: string;
  /** the incident whose action items were all closed */
  closed: { slug: string; title: string; resolvedAt: Date };
  /** the first incident with the same pattern that started after `closed` was resolved */
  cameBack: { slug: string; title: string; startedAt: Date };
}

type Row = {
  pattern_slug: string;
  pattern_name: string;
  a_slug: string;
  a_title: string;
  a_resolved_at: Date;
  b_slug: string;
  b_title: string;
  b_started_at: Date;
};

/**
 * (e) "The fix did not hold": a pattern P, an incident A with P whose action items (one or more) are all done
 * or won't do, and the first later incident B with P that started after A was resolved. A without action
 * items, with one still open or in progress, or not resolved, proves nothing and is left out; so is a B known
 * only to the month or year (it cannot be placed after a moment).
 */
export async function listFixesThatDidNotHold(db: InsightsDb, filters: InsightFilters): Promise<FixDidNotHold[]> {
  const rows = await db.$queryRaw<Row[]>(fixDidNotHoldSql(filters));
  return rows.map((row) => ({
    patternSlug: row.pattern_slug,
    patternName: row.pattern_name,
    closed: { slug: row.a_slug, title: row.a_title, resolvedAt: row.a_resolved_at },
    cameBack: { slug: row.b_slug, title: row.b_title, startedAt: row.b_started_at },
  }));
}

/** The query of listFixesThatDidNotHold (exported for bench/insights.ts to EXPLAIN). */
export function fixDidNotHoldSql(filters: InsightFilters): Prisma.Sql {
  return Prisma.sql`
    WITH ${publishedPostmortems(filters)},
    dated AS (
      SELECT p.id, p.slug, p.title, ${incidentStart} AS started
      FROM pm p WHERE p.started_at IS NOT NULL OR p.occurred_precision = 'day'),
    closed AS (
      SELECT p.id, p.slug, p.title, p.resolved_at
      FROM pm p
      WHERE p.resolved_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM action_items ai WHERE ai.postmortem_id = p.id)
        AND NOT EXISTS (
          SELECT 1 FROM action_items ai WHERE ai.postmortem_id = p.id AND ai.status IN ('open', 'in_progress'))),
    -- Per pattern, starts (kind 0) and closed incidents' resolutions (kind 1) from the latest back: the
    -- smallest start seen before a resolution is the first start after it. One sort and one pass, not a
    -- search per resolution. At the same moment a resolution sorts first: a start then is not after it.
    -- A start is carried as "<UTC time, fixed width> <slug>", so the smallest is the earliest (then by slug).
    timeline AS (
      SELECT pp.pattern_id, NULL::uuid AS id, NULL AS slug, NULL AS title, d.started AS t, 0 AS kind,
        to_char(d.started AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || ' ' || d.slug AS start_key
      FROM dated d JOIN postmortem_patterns pp ON pp.postmortem_id = d.id
      UNION ALL
      SELECT pp.pattern_id, a.id, a.slug, a.title, a.resolved_at, 1, NULL
      FROM closed a JOIN postmortem_patterns pp ON pp.postmortem_id = a.id),
    nexts AS (
      SELECT s.pattern_id, s.id, s.slug, s.title, s.t, s.kind,
        split_part(min(s.start_key) OVER (
          PARTITION BY s.pattern_id ORDER BY s.t DESC, s.kind DESC
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), ' ', 2) AS next_slug
      FROM timeline s),
    fixes AS (
      SELECT fp.slug AS pattern_slug, fp.name AS pattern_name,
        n.slug AS a_slug, n.title AS a_title, n.t AS a_resolved_at,
        p.slug AS b_slug, p.title AS b_title, ${incidentStart} AS b_started_at
      FROM nexts n
      JOIN postmortems p ON p.slug = n.next_slug
      JOIN failure_patterns fp ON fp.id = n.pattern_id
      WHERE n.kind = 1 AND n.next_slug <> '')
    SELECT * FROM fixes
    ORDER BY b_started_at DESC, pattern_name, a_slug
    LIMIT 200`;
}
