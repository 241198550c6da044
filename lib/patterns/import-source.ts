// What content:import needs to know of stored patterns (no "server-only": it runs from scripts).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient | PrismaClient;

/** Every pattern's source hash and path, by slug: an unchanged file is skipped without a transaction. */
export async function listPatternSources(
  db: Db,
): Promise<Map<string, { sourceHash: string | null; sourcePath: string | null }>> {
  const rows = await db.failurePattern.findMany({ select: { slug: true, sourceHash: true, sourcePath: true } });
  return new Map(rows.map((r) => [r.slug, { sourceHash: r.sourceHash, sourcePath: r.sourcePath }]));
}

/** What the import rule needs, read inside the import's transaction (patterns are written by the importer only). */
export async function readPatternSource(
  tx: Prisma.TransactionClient,
  slug: string,
): Promise<{ sourcePath: string | null } | null> {
  return tx.failurePattern.findUnique({ where: { slug }, select: { sourcePath: true } });
}

/** Records the file of a pattern imported before paths were recorded. */
export async function recordPatternSourcePath(db: Db, slug: string, sourcePath: string): Promise<void> {
  await db.$executeRaw`UPDATE failure_patterns SET source_path = ${sourcePath} WHERE slug = ${slug} AND source_path IS NULL`;
}
