import { stringify } from "csv-stringify/sync";

import { getActionItemCompletion, actionItemStatuses } from "./action-items";
import type { InsightsDb } from "./db";
import type { InsightFilters } from "./filters";
import { listFixesThatDidNotHold } from "./fix-did-not-hold";
import { getIncidentsByQuarter } from "./incidents-by-quarter";
import { listLimitsHitMost } from "./limits-hit";
import {
  getResponseTimesByPattern,
  getResponseTimesBySeverity,
  listResolveTimes,
  responseMetrics,
  type ResponseTimeGroup,
} from "./response-times";

type Table = { header: string[]; rows: Array<Array<string | number | null>> };

const responseRows = (groupBy: string, groups: ResponseTimeGroup[]) =>
  groups.map((g) => [
    groupBy,
    g.key,
    g.label,
    g.incidents,
    ...responseMetrics.flatMap((m) => [g.metrics[m].n, g.metrics[m].p50, g.metrics[m].p90]),
  ]);

/** Each chart's table, as its CSV download has it: one column per field, durations in seconds. */
const tables = {
  "incidents-by-quarter": async (db, filters) => ({
    header: ["quarter", "pattern_slug", "pattern_name", "incidents"],
    rows: (await getIncidentsByQuarter(db, filters)).rows.map((r) => [
      r.quarter,
      r.patternSlug,
      r.patternName,
      r.incidents,
    ]),
  }),
  "response-times": async (db, filters) => ({
    header: [
      "group_by",
      "key",
      "label",
      "incidents",
      ...responseMetrics.flatMap((m) => [`${m}_n`, `${m}_p50_seconds`, `${m}_p90_seconds`]),
    ],
    rows: [
      ...responseRows("pattern", await getResponseTimesByPattern(db, filters)),
      ...responseRows("severity", await getResponseTimesBySeverity(db, filters)),
    ],
  }),
  "resolve-times": async (db, filters) => ({
    header: ["slug", "title", "severity", "resolve_seconds"],
    rows: (await listResolveTimes(db, filters)).map((r) => [r.slug, r.title, r.severity, r.seconds]),
  }),
  limits: async (db, filters) => ({
    header: ["limit_id", "name", "provider", "postmortems"],
    rows: (await listLimitsHitMost(db, filters)).map((r) => [r.id, r.name, r.provider, r.postmortems]),
  }),
  "fix-did-not-hold": async (db, filters) => ({
    header: [
      "pattern_slug",
      "pattern_name",
      "closed_slug",
      "closed_resolved_at",
      "came_back_slug",
      "came_back_started_at",
    ],
    rows: (await listFixesThatDidNotHold(db, filters)).map((r) => [
      r.patternSlug,
      r.patternName,
      r.closed.slug,
      r.closed.resolvedAt.toISOString(),
      r.cameBack.slug,
      r.cameBack.startedAt.toISOString(),
    ]),
  }),
  "action-items": async (db, filters) => ({
    header: ["key", "label", "total", ...actionItemStatuses, "overdue"],
    rows: (await getActionItemCompletion(db, filters)).map((r) => [
      r.key,
      r.label,
      r.total,
      ...actionItemStatuses.map((s) => r.counts[s]),
      r.overdue,
    ]),
  }),
} satisfies Record<string, (db: InsightsDb, filters: InsightFilters) => Promise<Table>>;

export type InsightChart = keyof typeof tables;
export const insightCharts = Object.keys(tables) as InsightChart[];
export const isInsightChart = (name: string): name is InsightChart => Object.hasOwn(tables, name);

/** The CSV of one chart under these filters (RFC 4180 quoting by csv-stringify; empty cell for "unknown"). */
export async function insightCsv(db: InsightsDb, chart: InsightChart, filters: InsightFilters): Promise<string> {
  const { header, rows } = await tables[chart](db, filters);
  return stringify([header, ...rows], { record_delimiter: "\r\n" });
}
