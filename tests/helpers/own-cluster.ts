import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

import pg from "pg";

import { freePort } from "@/lib/db/embedded";

export interface OwnCluster {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** the pg_createcluster name (15/<name>) */
  name: string;
  /** `fast`: active connections get 57P01 (terminating connection due to administrator command), as in a real shutdown */
  stop: (mode?: "fast" | "immediate") => void;
  start: () => void;
  drop: () => void;
}

const ctl = (...args: string[]) =>
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", ...args], { stdio: ["ignore", "ignore", "pipe"] });

/**
 * A PostgreSQL 15 cluster of the test's own on a free port (pg_createcluster, trust auth),
 * for tests that stop, restart or replicate a database server without touching the one on
 * 5432. About 4 s to create. Only where DATABASE_URL names a server (the tools are there).
 */
export async function createOwnCluster(): Promise<OwnCluster> {
  const port = await freePort();
  const name = `hindsight_${randomBytes(3).toString("hex")}`;
  execFileSync("pg_createcluster", ["15", name, "--port", String(port), "--", "--auth=trust"], { stdio: "ignore" });
  const cluster: OwnCluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    name,
    stop: (mode = "fast") => ctl("15", name, "stop", "-m", mode),
    start: () => ctl("15", name, "start"),
    drop: () => execFileSync("pg_dropcluster", ["--stop", "15", name], { stdio: "ignore" }),
  };
  cluster.start();
  return cluster;
}

/**
 * A streaming replica of `primary` in hot standby: a second cluster whose data
 * directory is replaced by `pg_basebackup -R` of the primary (so it follows the
 * primary's WAL and answers read-only queries). Resolves once it accepts them.
 */
export async function createStreamingReplica(primary: OwnCluster): Promise<OwnCluster> {
  const replica = await createOwnCluster();
  replica.stop();
  const dataDir = execFileSync("pg_conftool", ["-s", "15", replica.name, "show", "data_directory"]).toString().trim();
  // Emptied, not removed: the directory is the postgres user's, in a parent it may not write.
  for (const entry of readdirSync(dataDir)) rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  execFileSync(
    "runuser",
    [
      "-u",
      "postgres",
      "--",
      "pg_basebackup",
      "-h",
      "127.0.0.1",
      "-p",
      String(primary.port),
      "-U",
      "postgres",
      "-D",
      dataDir,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  replica.start();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: replica.url });
    client.on("error", () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ standby: boolean }>("SELECT pg_is_in_recovery() AS standby");
      if (!rows[0]?.standby) throw new Error("the replica is not in recovery: it would not follow the primary");
      return replica;
    } catch (error) {
      if (error instanceof Error && /not in recovery/.test(error.message)) throw error;
      if (Date.now() > deadline) throw new Error(`the replica did not accept connections: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
