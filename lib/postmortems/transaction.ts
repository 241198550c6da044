import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchDocumentsChanged } from "@/lib/search/snapshot/snapshot-holder";

import { collectingCommitHooks, type CommitHook } from "./commit-hooks";

export type Tx = Prisma.TransactionClient;

/**
 * An interactive transaction with room to wait: writers to one postmortem
 * queue on its row lock, and on PGlite (one connection) on the pool itself.
 * Once it has committed, the search snapshot (the outage copy) catches up,
 * then what the writes asked for with afterCommit runs (the page cache).
 */
export async function inTransaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  const hooks: CommitHook[] = [];
  const result = await collectingCommitHooks(hooks, () => db.$transaction(run, { maxWait: 60_000, timeout: 60_000 }));
  for (const hook of [searchDocumentsChanged, ...hooks]) {
    try {
      await hook();
    } catch (error) {
      // The write is committed and answered as done; what follows it (the search snapshot, a cache
      // invalidation) must not undo that.
      console.error(`after commit: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
