import { randomBytes } from "node:crypto";

import pg from "pg";

import { importContent } from "@/lib/use-cases/import-content";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

export interface TestDatabase {
  /** "postgres" when DATABASE_URL names a server, "pglite" otherwise. */
  engine: "postgres" | "pglite";
  url: string;
  poolMax: number;
  prisma: PrismaClient;
  drop: () => Promise<void>;
}

export const engine: TestDatabase["engine"] = process.env.DATABASE_URL ? "postgres" : "pglite";

/**
 * A fresh, migrated database for one test file: a scratch database on the
 * server DATABASE_URL (or `server`) points at (dropped afterwards), or an in-memory PGlite.
 */
export async function createTestDatabase(server = process.env.DATABASE_URL): Promise<TestDatabase> {
  const database = await openTestDatabase(server);
  let dropped: Promise<void> | undefined;
  // Dropping twice (a test that takes the database away, then cleanup) is harmless.
  return { ...database, drop: () => (dropped ??= database.drop()) };
}

async function openTestDatabase(server: string | undefined): Promise<TestDatabase> {
  if (!server) {
    const embedded = await startEmbeddedDatabase();
    await migrate(embedded.url);
    const prisma = createPrismaClient(embedded.url, 1);
    return {
      engine: "pglite",
      url: embedded.url,
      poolMax: 1,
      prisma,
      drop: async () => {
        await prisma.$disconnect();
        await embedded.stop();
      },
    };
  }
  const name = `hindsight_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  const url = withDatabaseName(server, name);
  await migrate(url);
  const prisma = createPrismaClient(url, 5);
  return {
    engine: "postgres",
    url,
    poolMax: 5,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A test database with the content of `dirs` imported, and lib/db (which reads
 * DATABASE_URL on first use) pointed at it: import the data layer after this.
 */
export async function createContentDatabase(...dirs: string[]): Promise<TestDatabase> {
  const database = await createTestDatabase();
  for (const dir of dirs) {
    const report = await importContent(database.prisma, dir);
    if (report.errors.length)
      throw new Error(`content did not import:\n${report.errors.map((e) => e.message).join("\n")}`);
  }
  process.env.DATABASE_URL = database.url;
  process.env.HINDSIGHT_DB_POOL_MAX = String(database.poolMax);
  return database;
}
