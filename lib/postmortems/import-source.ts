// What content:import needs to know of stored postmortems (no "server-only": it runs from scripts).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

import { storedSourceOf } from "@/lib/use-cases/import-rule";

import { lockPostmortem, lockSlug } from "./locks";

type Db = Prisma.TransactionClient | PrismaClient;

/** A stored postmortem as the import rule (lib/use-cases/import-rule.ts) sees it. */
export interface PostmortemSource {
  sourcePath: string | null;
  /** The current version: also the revision it can be restored from. */
  version: number;
  /** The latest write was not content:import's (a save, a status change, an upload in the browser). */
  editedInApp: boolean;
  /** Some version of it came from a content file. */
  everImported: boolean;
}

const sourceSelect = {
  version: true,
  sourceHash: true,
  sourcePath: true,
  revisions: { orderBy: { version: "desc" }, select: { kind: true, authorId: true } },
} satisfies Prisma.PostmortemSelect;

/** Every postmortem's source hash and path, by slug: an unchanged file is skipped without a transaction. */
export async function listPostmortemSources(
  db: Db,
): Promise<Map<string, { sourceHash: string | null; sourcePath: string | null }>> {
  const rows = await db.postmortem.findMany({ select: { slug: true, sourceHash: true, sourcePath: true } });
  return new Map(rows.map((r) => [r.slug, { sourceHash: r.sourceHash, sourcePath: r.sourcePath }]));
}

/** Locks the slug (and its row, against saves in the app) for this transaction and reads what the import rule needs. */
export async function lockPostmortemSource(
  tx: Prisma.TransactionClient,
  slug: string,
): Promise<PostmortemSource | null> {
  await lockSlug(tx, slug);
  if (!(await lockPostmortem(tx, slug))) return null;
  return storedSourceOf(await tx.postmortem.findUniqueOrThrow({ where: { slug }, select: sourceSelect }));
}

/** Records the file of a postmortem imported before paths were recorded (no new version: the content is the file's). */
export async function recordPostmortemSourcePath(db: Db, slug: string, sourcePath: string): Promise<void> {
  await db.$executeRaw`UPDATE postmortems SET source_path = ${sourcePath} WHERE slug = ${slug} AND source_path IS NULL`;
}
