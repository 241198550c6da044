import { postmortemFull, postmortemToData } from "@/lib/content/to-data";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

import type { CurrentPostmortem } from "./errors";

type Db = Prisma.TransactionClient | PrismaClient;

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

/** The stored postmortem in its input shape (content files, API, revision snapshots). */
export async function readPostmortemData(db: Db, id: string): Promise<PostmortemData> {
  return postmortemToData(await db.postmortem.findUniqueOrThrow({ where: { id }, include: postmortemFull }));
}

/** The stored postmortem with its version, and who wrote the latest revision. */
export async function readCurrent(db: Db, id: string): Promise<CurrentPostmortem> {
  // One after the other: inside a transaction there is one connection.
  const pm = await db.postmortem.findUniqueOrThrow({ where: { id }, include: postmortemFull });
  const latest = await db.postmortemRevision.findFirst({
    where: { postmortemId: id },
    orderBy: { version: "desc" },
    select: { author: { select: { name: true } } },
  });
  return {
    version: pm.version,
    status: pm.status,
    postmortem: postmortemToData(pm),
    updatedAt: pm.updatedAt.toISOString(),
    updatedBy: latest?.author ? { name: latest.author.name } : null,
  };
}

/** JSON for a jsonb column: undefined fields dropped, as they would be on the way out. */
export function toJson(data: PostmortemData): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue;
}
