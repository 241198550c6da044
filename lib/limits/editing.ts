import "server-only";

import { revisionItemSelect, type CatalogRevisionItem } from "@/lib/catalog/revision-info";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LimitData } from "@/lib/validations/limit";

import { limitToData } from "./mapping";

export interface LimitForEditing {
  version: number;
  limit: LimitData;
}

/** A limit as its edit form and PUT take it, with the version to send back; null when unknown. */
export async function getLimitForEditing(
  id: string,
  client: Prisma.TransactionClient = db,
): Promise<LimitForEditing | null> {
  const row = await client.limit.findUnique({ where: { id } });
  return row ? { version: row.version, limit: limitToData(row) } : null;
}

/** Every revision of a limit, newest first; null when there is no such limit. */
export async function listLimitRevisions(id: string): Promise<CatalogRevisionItem[] | null> {
  const row = await db.limit.findUnique({
    where: { id },
    select: { revisions: { orderBy: { version: "desc" }, select: revisionItemSelect } },
  });
  return row?.revisions ?? null;
}
