import { randomBytes } from "node:crypto";

import { importContent } from "@/lib/use-cases/import-content";

import { spawnAppProcess, stopChild, waitForHealth, type AppProcess } from "./app-server";
import { createOwnCluster, createStreamingReplica, type OwnCluster } from "./own-cluster";
import { contentDir } from "./paths";
import { createTestDatabase, withDatabaseName, type TestDatabase } from "./test-database";

/**
 * What a multi-instance deployment stands on, made on this machine: a primary
 * cluster of the test's own, a streaming replica of it in hot standby, and a
 * database on the primary with content/ imported (the replica has it too).
 * Used by tests/integration/scale-out.test.ts and bench/scale.ts.
 */
export interface ReplicatedDatabase {
  primary: OwnCluster;
  replica: OwnCluster;
  database: TestDatabase;
  /** the same database, read from the replica */
  replicaUrl: string;
  drop: () => Promise<void>;
}

export async function createReplicatedDatabase(content: string | string[] = contentDir): Promise<ReplicatedDatabase> {
  const primary = await createOwnCluster();
  try {
    const replica = await createStreamingReplica(primary);
    const database = await createTestDatabase(primary.url);
    const report = await importContent(database.prisma, content);
    if (report.errors.length)
      throw new Error(`content did not import:\n${report.errors.map((e) => e.message).join("\n")}`);
    const replicaUrl = withDatabaseName(replica.url, new URL(database.url).pathname.slice(1));
    return {
      primary,
      replica,
      database,
      replicaUrl,
      drop: async () => {
        await database.drop().catch(() => undefined);
        replica.drop();
        primary.drop();
      },
    };
  } catch (error) {
    primary.drop();
    throw error;
  }
}

export interface Instances {
  list: AppProcess[];
  /** the secret they share (sessions signed by one are good on all) */
  secret: string;
  stop: () => Promise<void>;
}

/** `count` app instances (`npm run serve`) on one database, sharing one auth secret, all healthy. */
export async function startInstances(count: number, env: Record<string, string>): Promise<Instances> {
  const secret = randomBytes(32).toString("base64url");
  const list = await Promise.all(
    Array.from({ length: count }, () => spawnAppProcess({ BETTER_AUTH_SECRET: secret, ...env })),
  );
  const stop = async () => {
    await Promise.all(list.map((instance) => stopChild(instance.child)));
  };
  try {
    await Promise.all(
      list.map((instance) => waitForHealth(instance.baseUrl, instance.child, instance.output, 120_000)),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { list, secret, stop };
}
