// What content:import needs to know of stored patterns (no "server-only": it runs from scripts).
import { lockCatalogEntry } from "@/lib/catalog/locks";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { storedSourceOf, type StoredSource } from "@/lib/use-cases/import-rule";

type Db = Prisma.TransactionClient | PrismaClient;

/** Every pattern's source hash and path, by slug: an unchanged file is skipped without a transaction. */
export async function listPatternSources(
  db: Db,
): Promise<Map<string, { sourceHash: string | null; sourcePath: string | null }>> {
  const rows = await db.failurePattern.findMany({ select: { slug: true, sourceHash: true, sourcePath: true } });
  return new Map(rows.map((r) => [r.slug, { sourceHash: r.sourceHash, sourcePath: r.sourcePath }]));
}

/** Locks the pattern (against saves in the app) for this transaction and reads what the import rule needs. */
export async function readPatternSource(tx: Prisma.TransactionClient, slug: string): Promise<StoredSource | null> {
  if (!(await lockCatalogEntry(tx, "pattern", slug))) return null;
  return storedSourceOf(
    await tx.failurePattern.findUniqueOrThrow({
      where: { slug },
      select: {
        version: true,
        sourcePath: true,
        revisions: { orderBy: { version: "desc" }, select: { kind: true, authorId: true } },
      },
    }),
  );
}

/** Records the file of a pattern imported before paths were recorded. */
export async function recordPatternSourcePath(db: Db, slug: string, sourcePath: string): Promise<void> {
  await db.$executeRaw`UPDATE failure_patterns SET source_path = ${sourcePath} WHERE slug = ${slug} AND source_path IS NULL`;
}
