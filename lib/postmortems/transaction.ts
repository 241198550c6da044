import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchDocumentsChanged } from "@/lib/search/snapshot/snapshot-holder";

export type Tx = Prisma.TransactionClient;

/**
 * An interactive transaction with room to wait: writers to one postmortem
 * queue on its row lock, and on PGlite (one connection) on the pool itself.
 * Once it has committed, the search snapshot (the outage copy) catches up.
 */
export async function inTransaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.$transaction(run, { maxWait: 60_000, timeout: 60_000 });
  await searchDocumentsChanged();
  return result;
}
