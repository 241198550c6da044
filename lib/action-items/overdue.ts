import type { ActionItemData } from "@/lib/validations/postmortem";

/** The statuses of an item still to be done: only these can be overdue. */
export const unfinishedStatuses = ["open", "in_progress"] as const satisfies ReadonlyArray<ActionItemData["status"]>;

/** Today as YYYY-MM-DD in UTC: due dates are calendar days, compared in one time zone for every reader. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Overdue: due before today and still open or in progress. */
export function isOverdue(item: { status: ActionItemData["status"]; dueDate?: string | null }, today: string): boolean {
  return !!item.dueDate && item.dueDate < today && (unfinishedStatuses as readonly string[]).includes(item.status);
}
