// Reads inside a write's transaction (no "server-only": the content importer runs them from scripts).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

import type { CurrentPostmortem } from "./errors";
import { postmortemInclude } from "./include";
import { postmortemToData } from "./mapping";

type Db = Prisma.TransactionClient | PrismaClient;

/** The stored postmortem in its input shape (content files, API, revision snapshots). */
export async function readPostmortemData(db: Db, id: string): Promise<PostmortemData> {
  return postmortemToData(await db.postmortem.findUniqueOrThrow({ where: { id }, include: postmortemInclude }));
}

/** The stored postmortem with its version, and who wrote the latest revision. */
export async function readCurrent(db: Db, id: string): Promise<CurrentPostmortem> {
  // One after the other: inside a transaction there is one connection.
  const pm = await db.postmortem.findUniqueOrThrow({ where: { id }, include: postmortemInclude });
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
