import { randomBytes } from "node:crypto";

import pg from "pg";

import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { importContent } from "@/lib/use-cases/import-content";

export interface BenchDatabase {
  prisma: PrismaClient;
  close: () => Promise<void>;
}

/**
 * A scratch database (in-memory PGlite, or a database of its own on the PostgreSQL server
 * of BENCH_DATABASE_URL / DATABASE_URL) with `dirs` imported; lib/db points at it, so the
 * search code the app runs answers from it.
 */
export async function openBenchDatabase(engine: "pglite" | "postgres", dirs: string[]): Promise<BenchDatabase> {
  let url: string;
  let poolMax: number;
  let drop: () => Promise<void>;
  if (engine === "pglite") {
    const embedded = await startEmbeddedDatabase();
    [url, poolMax, drop] = [embedded.url, 1, embedded.stop];
  } else {
    const server =
      process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const name = `hindsight_retrieval_${randomBytes(4).toString("hex")}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    const parsed = new URL(server);
    parsed.pathname = `/${name}`;
    [url, poolMax, drop] = [parsed.toString(), 4, () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)];
  }
  await migrate(url);
  const prisma = createPrismaClient(url, poolMax);
  const report = await importContent(prisma, dirs);
  if (report.errors.length) throw new Error(report.errors.map((e) => e.message).join("\n"));
  process.env.DATABASE_URL = url;
  process.env.HINDSIGHT_DB_POOL_MAX = String(poolMax);
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      const { db } = await import("@/lib/db");
      await db.$disconnect();
      await drop();
    },
  };
}
