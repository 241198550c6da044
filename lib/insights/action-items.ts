import { Prisma } from "@/lib/generated/prisma/client";

import { count, type InsightsDb } from "./db";
import type { InsightFilters } from "./filters";
import { publishedPostmortems } from "./filter-sql";

export const actionItemStatuses = ["done", "wont_do", "in_progress", "open"] as const;
export type ActionItemStatusName = (typeof actionItemStatuses)[number];

export const actionItemStatusLabels: Record<ActionItemStatusName, string> = {
  done: "Done",
  wont_do: "Won't do",
  in_progress: "In progress",
  open: "Open",
};

export interface ActionItemCompletion {
  /** "all" for the overall row, else a pattern's slug */
  key: string;
  label: string;
  total: number;
  counts: Record<ActionItemStatusName, number>;
  /** open or in progress with a due date before today */
  overdue: number;
}

type Row = { key: string; label: string; total: bigint; overdue: bigint } & Record<ActionItemStatusName, bigint>;

const tallies = Prisma.sql`count(*) AS total,
  count(*) FILTER (WHERE ai.status = 'done') AS done,
  count(*) FILTER (WHERE ai.status = 'wont_do') AS wont_do,
  count(*) FILTER (WHERE ai.status = 'in_progress') AS in_progress,
  count(*) FILTER (WHERE ai.status = 'open') AS open,
  count(*) FILTER (WHERE ai.status IN ('open', 'in_progress') AND ai.due_date < current_date) AS overdue`;

const toCompletion = (row: Row): ActionItemCompletion => ({
  key: row.key,
  label: row.label,
  total: count(row.total),
  counts: {
    done: count(row.done),
    wont_do: count(row.wont_do),
    in_progress: count(row.in_progress),
    open: count(row.open),
  },
  overdue: count(row.overdue),
});

/** (f) Action items by status, overall (first row, key "all") and per failure pattern. */
export async function getActionItemCompletion(
  db: InsightsDb,
  filters: InsightFilters,
): Promise<ActionItemCompletion[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH ${publishedPostmortems(filters)}
    SELECT 'all' AS key, 'All postmortems' AS label, ${tallies}
    FROM pm p JOIN action_items ai ON ai.postmortem_id = p.id
    UNION ALL
    (SELECT fp.slug, fp.name, ${tallies}
    FROM pm p
    JOIN action_items ai ON ai.postmortem_id = p.id
    JOIN postmortem_patterns pp ON pp.postmortem_id = p.id
    JOIN failure_patterns fp ON fp.id = pp.pattern_id
    GROUP BY fp.slug, fp.name
    ORDER BY count(*) DESC, fp.name)`);
  return rows.filter((row) => count(row.total) > 0).map(toCompletion);
}
