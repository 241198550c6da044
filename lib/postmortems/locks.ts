import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

export interface LockedPostmortem {
  id: string;
  version: number;
  status: PostmortemData["status"];
  sourceHash: string | null;
}

/**
 * Locks a postmortem's row until the transaction ends (writers queue here),
 * so a version compared now is still the current one when we write.
 */
export async function lockPostmortem(tx: Prisma.TransactionClient, slug: string): Promise<LockedPostmortem | null> {
  const rows = await tx.$queryRaw<
    Array<{ id: string; version: number; status: PostmortemData["status"]; source_hash: string | null }>
  >`
    SELECT id::text AS id, version, status::text AS status, source_hash FROM postmortems WHERE slug = ${slug} FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, version: row.version, status: row.status, sourceHash: row.source_hash } : null;
}

/** Serialises creations of one slug (there is no row to lock yet). */
export async function lockSlug(tx: Prisma.TransactionClient, slug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`postmortem:${slug}`}))`;
}
