import { Prisma } from "@/lib/generated/prisma/client";

import type { InsightFilters } from "./filters";

/**
 * When an incident began, for ordering and periods: its start, or the day it occurred on when only a
 * date is known (midnight UTC of that day).
 */
export const incidentStart = Prisma.sql`coalesce(p.started_at, p.occurred_on::timestamp AT TIME ZONE 'UTC')`;

/**
 * The quarter an incident began in ("2024-Q3"), in the incident's own time zone; null when only its year
 * is known (its quarter is not).
 */
/** The day an incident began in its own time zone (or the known date): what the period filter compares. */
const incidentDay = Prisma.sql`coalesce((p.started_at AT TIME ZONE p.time_zone)::date, p.occurred_on)`;

export const incidentQuarter = Prisma.sql`CASE
  WHEN p.started_at IS NOT NULL THEN to_char(p.started_at AT TIME ZONE p.time_zone, 'YYYY-"Q"Q')
  WHEN p.occurred_precision IN ('month', 'day') THEN to_char(p.occurred_on, 'YYYY-"Q"Q')
END`;

/**
 * The published postmortems these filters select, as the CTE `pm` (alias its rows `p`). Every insight
 * reads from it, so a filter means the same in every chart.
 */
export function publishedPostmortems(filters: InsightFilters): Prisma.Sql {
  const where = [Prisma.sql`p.status = 'published'`];
  if (filters.from) where.push(Prisma.sql`${incidentDay} >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`${incidentDay} <= ${filters.to}::date`);
  if (filters.provider) where.push(Prisma.sql`lower(p.cloud_provider) = lower(${filters.provider})`);
  if (filters.origin) where.push(Prisma.sql`p.origin = ${filters.origin}::"PostmortemOrigin"`);
  if (filters.severity === "unrated") where.push(Prisma.sql`p.severity IS NULL`);
  else if (filters.severity) where.push(Prisma.sql`p.severity = ${filters.severity}::"Severity"`);
  return Prisma.sql`pm AS (SELECT p.* FROM postmortems p WHERE ${Prisma.join(where, " AND ")})`;
}
