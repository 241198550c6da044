import { createPrismaClient, type PrismaClient } from "@/lib/db/client";

// One client per server process, created on first use (so `next build`,
// which imports pages without a database, never connects) and cached on
// globalThis so hot reloads in development do not open a new pool each time.
const globalForPrisma = globalThis as unknown as { hindsightPrisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.hindsightPrisma ??= createPrismaClient(undefined, undefined, {
    queryTimeoutMs: Number(process.env.HINDSIGHT_DB_QUERY_TIMEOUT_MS) || 15_000,
  });
  return globalForPrisma.hindsightPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => {
    const value: unknown = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
