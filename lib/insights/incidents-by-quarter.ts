import { Prisma } from "@/lib/generated/prisma/client";

import { count, type InsightsDb } from "./db";
import type { InsightFilters } from "./filters";
import { incidentQuarter, publishedPostmortems } from "./filter-sql";

export interface QuarterCount {
  /** "2024-Q3" */
  quarter: string;
  /** null: incidents with no failure pattern */
  patternSlug: string | null;
  patternName: string | null;
  incidents: number;
}

export interface IncidentsByQuarter {
  rows: QuarterCount[];
  /** incidents with no quarter: only their year is known, or no date at all */
  undated: number;
}

/** (a) Incidents per failure pattern per quarter. An incident with two patterns counts once for each. */
export async function getIncidentsByQuarter(db: InsightsDb, filters: InsightFilters): Promise<IncidentsByQuarter> {
  const rows = await db.$queryRaw<
    Array<{ quarter: string | null; slug: string | null; name: string | null; incidents: bigint }>
  >(Prisma.sql`
    WITH ${publishedPostmortems(filters)}
    SELECT ${incidentQuarter} AS quarter, fp.slug, fp.name, count(*) AS incidents
    FROM pm p
    LEFT JOIN postmortem_patterns pp ON pp.postmortem_id = p.id
    LEFT JOIN failure_patterns fp ON fp.id = pp.pattern_id
    GROUP BY 1, fp.slug, fp.name
    ORDER BY 1, fp.slug NULLS LAST`);
  const undatedRows = await db.$queryRaw<Array<{ undated: bigint }>>(Prisma.sql`
    WITH ${publishedPostmortems(filters)}
    SELECT count(*) AS undated FROM pm p WHERE (${incidentQuarter}) IS NULL`);
  return {
    rows: rows
      .filter((row): row is typeof row & { quarter: string } => row.quarter !== null)
      .map((row) => ({
        quarter: row.quarter,
        patternSlug: row.slug,
        patternName: row.name,
        incidents: count(row.incidents),
      })),
    undated: count(undatedRows[0]?.undated ?? 0),
  };
}
