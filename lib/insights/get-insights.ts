import { Prisma } from "@/lib/generated/prisma/client";

import { getActionItemCompletion } from "./action-items";
import { count, type InsightsDb } from "./db";
import type { InsightFilters } from "./filters";
import { publishedPostmortems } from "./filter-sql";
import { listFixesThatDidNotHold } from "./fix-did-not-hold";
import { getIncidentsByQuarter } from "./incidents-by-quarter";
import { listLimitsHitMost } from "./limits-hit";
import { getResponseTimesByPattern, getResponseTimesBySeverity, listResolveTimes } from "./response-times";

/** Everything /insights shows, under one set of filters; each part computed in the database. */
export async function getInsights(db: InsightsDb, filters: InsightFilters) {
  const [byQuarter, byPattern, bySeverity, resolveTimes, limits, fixes, actionItems, matching] = await Promise.all([
    getIncidentsByQuarter(db, filters),
    getResponseTimesByPattern(db, filters),
    getResponseTimesBySeverity(db, filters),
    listResolveTimes(db, filters),
    listLimitsHitMost(db, filters),
    listFixesThatDidNotHold(db, filters),
    getActionItemCompletion(db, filters),
    countMatching(db, filters),
  ]);
  return { byQuarter, byPattern, bySeverity, resolveTimes, limits, fixes, actionItems, matching };
}

export type Insights = Awaited<ReturnType<typeof getInsights>>;

/** How many published postmortems the filters select. */
export async function countMatching(db: InsightsDb, filters: InsightFilters): Promise<number> {
  const rows = await db.$queryRaw<Array<{ n: bigint }>>(
    Prisma.sql`WITH ${publishedPostmortems(filters)} SELECT count(*) AS n FROM pm`,
  );
  return count(rows[0]?.n ?? 0);
}
