import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revisionItemSelect, type CatalogRevisionItem } from "@/lib/catalog/revision-info";
import type { FailurePatternData } from "@/lib/validations/pattern";

import { patternToData, patternWithRelations } from "./mapping";

export interface PatternForEditing {
  version: number;
  pattern: FailurePatternData;
}

/** A pattern as its edit form and PUT take it, with the version to send back; null when unknown. */
export async function getPatternForEditing(
  slug: string,
  client: Prisma.TransactionClient = db,
): Promise<PatternForEditing | null> {
  const row = await client.failurePattern.findUnique({ where: { slug }, ...patternWithRelations });
  return row ? { version: row.version, pattern: patternToData(row) } : null;
}

/** Every revision of a pattern, newest first; null when there is no such pattern. */
export async function listPatternRevisions(slug: string): Promise<CatalogRevisionItem[] | null> {
  const row = await db.failurePattern.findUnique({
    where: { slug },
    select: { revisions: { orderBy: { version: "desc" }, select: revisionItemSelect } },
  });
  return row?.revisions ?? null;
}
