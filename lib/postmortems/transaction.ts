import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * An interactive transaction with room to wait: writers to one postmortem
 * queue on its row lock, and on PGlite (one connection) on the pool itself.
 */
export function inTransaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(run, { maxWait: 60_000, timeout: 60_000 });
}
