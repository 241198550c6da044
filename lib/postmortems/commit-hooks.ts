// What a write asks to run once its transaction has committed (the page cache's invalidation).
// No "server-only": content:import reaches it from scripts through writeWithRevision.
import { AsyncLocalStorage } from "node:async_hooks";

export type CommitHook = () => void | Promise<void>;

const commitHooks = new AsyncLocalStorage<CommitHook[]>();

/** Runs `body` collecting the afterCommit hooks of the code it calls. */
export function collectingCommitHooks<T>(hooks: CommitHook[], body: () => Promise<T>): Promise<T> {
  return commitHooks.run(hooks, body);
}

/**
 * Runs `hook` once the inTransaction this code runs in (lib/postmortems/transaction.ts) has
 * committed, before inTransaction returns (so before the request's answer); nothing on rollback.
 * Outside inTransaction (the content import's own transactions) it is dropped.
 */
export function afterCommit(hook: CommitHook): void {
  commitHooks.getStore()?.push(hook);
}
