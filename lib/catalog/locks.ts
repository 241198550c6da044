// No "server-only": content:import reaches it from scripts.
import type { Prisma } from "@/lib/generated/prisma/client";

export type CatalogKind = "pattern" | "limit";

export interface LockedEntry {
  version: number;
  sourceHash: string | null;
}

/**
 * Serialises writers of one pattern slug or limit id until the transaction
 * ends (a creation has no row to lock yet, so the key is locked too) and
 * locks its row, so a version compared now is still the current one when we
 * write. Null: nothing is stored under the key.
 */
export async function lockCatalogEntry(
  tx: Prisma.TransactionClient,
  kind: CatalogKind,
  key: string,
): Promise<LockedEntry | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${kind}:${key}`}))`;
  type Row = { version: number; source_hash: string | null };
  const rows =
    kind === "pattern"
      ? await tx.$queryRaw<Row[]>`SELECT version, source_hash FROM failure_patterns WHERE slug = ${key} FOR UPDATE`
      : await tx.$queryRaw<Row[]>`SELECT version, source_hash FROM limits WHERE id = ${key} FOR UPDATE`;
  const row = rows[0];
  return row ? { version: row.version, sourceHash: row.source_hash } : null;
}
