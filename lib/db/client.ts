import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { databaseConfig } from "./config";

/** A Prisma client over node-postgres; the same code path for PGlite and PostgreSQL. */
export function createPrismaClient(url = databaseConfig().url, poolMax = databaseConfig().poolMax): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
