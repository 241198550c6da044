// What content:import needs to know of stored limits (no "server-only": it runs from scripts).
import { lockCatalogEntry } from "@/lib/catalog/locks";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { storedSourceOf, type StoredSource } from "@/lib/use-cases/import-rule";

type Db = Prisma.TransactionClient | PrismaClient;

/** Every limit's source hash and path, by id: an unchanged file is skipped without a transaction. */
export async function listLimitSources(
  db: Db,
): Promise<Map<string, { sourceHash: string | null; sourcePath: string | null }>> {
  const rows = await db.limit.findMany({ select: { id: true, sourceHash: true, sourcePath: true } });
  return new Map(rows.map((r) => [r.id, { sourceHash: r.sourceHash, sourcePath: r.sourcePath }]));
}

/** Locks the limit (against saves in the app) for this transaction and reads what the import rule needs. */
export async function readLimitSource(tx: Prisma.TransactionClient, id: string): Promise<StoredSource | null> {
  if (!(await lockCatalogEntry(tx, "limit", id))) return null;
  return storedSourceOf(
    await tx.limit.findUniqueOrThrow({
      where: { id },
      select: {
        version: true,
        sourcePath: true,
        revisions: { orderBy: { version: "desc" }, select: { kind: true, authorId: true } },
      },
    }),
  );
}

/** Records the file of a limit imported before paths were recorded. */
export async function recordLimitSourcePath(db: Db, id: string, sourcePath: string): Promise<void> {
  await db.$executeRaw`UPDATE limits SET source_path = ${sourcePath} WHERE id = ${id} AND source_path IS NULL`;
}
