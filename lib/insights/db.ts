import type { PrismaClient } from "@/lib/generated/prisma/client";

/** What an insight query needs: the app's client, or a test's. */
export type InsightsDb = Pick<PrismaClient, "$queryRaw">;

/** A count from SQL (bigint through Prisma's raw queries) as a number. */
export const count = (value: bigint | number | null): number => Number(value ?? 0);
