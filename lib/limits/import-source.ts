// What content:import needs to know of stored limits (no "server-only": it runs from scripts).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient | PrismaClient;

/** Every limit's source hash and path, by id: an unchanged file is skipped without a transaction. */
export async function listLimitSources(
  db: Db,
): Promise<Map<string, { sourceHash: string | null; sourcePath: string | null }>> {
  const rows = await db.limit.findMany({ select: { id: true, sourceHash: true, sourcePath: true } });
  return new Map(rows.map((r) => [r.id, { sourceHash: r.sourceHash, sourcePath: r.sourcePath }]));
}

/** What the import rule needs, read inside the import's transaction (limits are written by the importer only). */
export async function readLimitSource(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<{ sourcePath: string | null } | null> {
  return tx.limit.findUnique({ where: { id }, select: { sourcePath: true } });
}

/** Records the file of a limit imported before paths were recorded. */
export async function recordLimitSourcePath(db: Db, id: string, sourcePath: string): Promise<void> {
  await db.$executeRaw`UPDATE limits SET source_path = ${sourcePath} WHERE id = ${id} AND source_path IS NULL`;
}
