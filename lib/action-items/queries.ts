import "server-only";

import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visiblePostmortems } from "@/lib/postmortems/visibility";
import type { ActionItemFilters } from "@/lib/validations/action-items";
import { actionItemPriorities } from "@/lib/validations/postmortem";

import { isOverdue, todayUtc, unfinishedStatuses } from "./overdue";
import type { ActionItemRow } from "./row";

type Reader = Pick<SessionUser, "role"> | null;

const rowSelect = {
  position: true,
  title: true,
  owner: true,
  status: true,
  priority: true,
  dueDate: true,
  link: true,
  postmortem: { select: { slug: true, title: true, status: true, version: true } },
} satisfies Prisma.ActionItemSelect;

/**
 * Every action item of the postmortems `reader` may see that the filters let through:
 * overdue first, then what is still to do before what is done or dropped; within each,
 * the nearest due date first (none last), then the highest priority.
 */
export async function listActionItems(
  reader: Reader,
  filters: ActionItemFilters,
  today = todayUtc(),
): Promise<ActionItemRow[]> {
  const rows = await db.actionItem.findMany({
    where: {
      postmortem: {
        ...visiblePostmortems(reader),
        ...(filters.pattern ? { patterns: { some: { pattern: { slug: filters.pattern } } } } : {}),
      },
      ...(filters.owner ? { owner: { equals: filters.owner, mode: "insensitive" } } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.overdue
        ? {
            dueDate: { lt: new Date(`${today}T00:00:00Z`) },
            status: filters.status ?? { in: [...unfinishedStatuses] },
          }
        : {}),
    },
    select: rowSelect,
  });
  return rows
    .map((row): ActionItemRow => {
      const dueDate = row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null;
      return { ...row, dueDate, overdue: isOverdue({ status: row.status, dueDate }, today) };
    })
    .filter((row) => !filters.overdue || row.overdue)
    .sort(byUrgency);
}

const priorityRank = new Map(actionItemPriorities.map((priority, rank) => [priority, rank]));
const unfinished = (row: ActionItemRow) => (unfinishedStatuses as readonly string[]).includes(row.status);

function byUrgency(a: ActionItemRow, b: ActionItemRow): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    Number(unfinished(b)) - Number(unfinished(a)) ||
    (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") ||
    priorityRank.get(a.priority)! - priorityRank.get(b.priority)! ||
    a.postmortem.title.localeCompare(b.postmortem.title) ||
    a.position - b.position
  );
}

/** The owners named on the action items `reader` may see, for the owner filter. */
export async function listActionItemOwners(reader: Reader): Promise<string[]> {
  const rows = await db.actionItem.findMany({
    where: { postmortem: visiblePostmortems(reader), owner: { not: null } },
    distinct: ["owner"],
    select: { owner: true },
    orderBy: { owner: "asc" },
  });
  return rows.map((row) => row.owner!);
}
