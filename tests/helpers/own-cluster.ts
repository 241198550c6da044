import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

import { freePort } from "@/lib/db/embedded";

export interface OwnCluster {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
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
    stop: (mode = "fast") => ctl("15", name, "stop", "-m", mode),
    start: () => ctl("15", name, "start"),
    drop: () => execFileSync("pg_dropcluster", ["--stop", "15", name], { stdio: "ignore" }),
  };
  cluster.start();
  return cluster;
}
