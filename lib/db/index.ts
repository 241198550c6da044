import type { PrismaClient } from "@/lib/db/client";

import { bound, primaryClient } from "./replicas";

// One client per server process for the primary, created on first use (so
// `next build`, which imports pages without a database, never connects) and
// kept on globalThis (lib/db/replicas.ts) so hot reloads in development do not
// open a new pool each time. `readDb` reads from a replica when
// DATABASE_REPLICA_URLS names any (the reading pages and search); `db` is the
// primary, for writes and for reads that must see the reader's own writes.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => bound(primaryClient(), property),
});

export { readDb } from "./replicas";
