import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { databaseConfig } from "./config";

/**
 * A Prisma client over node-postgres; the same code path for PGlite and
 * PostgreSQL. `queryTimeoutMs` bounds how long one query may wait for an
 * answer (the app sets it, so a database that stops answering gives an error
 * page instead of a hung request; scripts doing bulk work leave it unset).
 */
export function createPrismaClient(
  url = databaseConfig().url,
  poolMax = databaseConfig().poolMax,
  options: { queryTimeoutMs?: number; applicationName?: string } = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolMax,
    // With one connection (PGlite) every request queues for it, and a burst of page renders (a
    // browser prefetching the links in view) is a queue, not a failure: it gets longer to wait.
    connectionTimeoutMillis: poolMax === 1 ? 30_000 : 5_000,
    query_timeout: options.queryTimeoutMs,
    // What pg_stat_activity shows for these connections (the primary's and the replicas' reads apart).
    application_name: options.applicationName ?? "hindsight",
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
