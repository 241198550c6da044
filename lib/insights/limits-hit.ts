import { Prisma } from "@/lib/generated/prisma/client";

import { count, type InsightsDb } from "./db";
import type { InsightFilters } from "./filters";
import { publishedPostmortems } from "./filter-sql";

export interface LimitHits {
  id: string;
  name: string;
  provider: string;
  postmortems: number;
}

/** (d) The limits hit by the most postmortems, most first (at most `top`). */
export async function listLimitsHitMost(db: InsightsDb, filters: InsightFilters, top = 15): Promise<LimitHits[]> {
  const rows = await db.$queryRaw<Array<Omit<LimitHits, "postmortems"> & { postmortems: bigint }>>(Prisma.sql`
    WITH ${publishedPostmortems(filters)}
    SELECT l.id, l.name, l.provider, count(*) AS postmortems
    FROM pm p
    JOIN postmortem_limits pl ON pl.postmortem_id = p.id
    JOIN limits l ON l.id = pl.limit_id
    GROUP BY l.id, l.name, l.provider
    ORDER BY count(*) DESC, l.name
    LIMIT ${top}`);
  return rows.map((row) => ({ ...row, postmortems: count(row.postmortems) }));
}
