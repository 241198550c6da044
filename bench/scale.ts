// npm run bench:scale -- [--seconds 8] [--connections 32] [--json bench/out/scale.json]
// Several app instances (`npm run serve`) behind nginx, on a primary of the
// bench's own with a streaming replica (tests/helpers/scale-out.ts, the same
// set-up as the multi-instance test): throughput and latency of a cached
// postmortem page and of search (several error strings in turn: never cached)
// with 1, 2 and 3 instances behind the proxy, without and with
// DATABASE_REPLICA_URLS, and where the CPU went (app instances, nginx, the
// primary, the replica, the load generator) on this machine. content/ and the
// public-incidents pack. A benchmark, not a test: see BENCHMARKS.md.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { buildIfNeeded } from "../scripts/lib/build-if-needed";
import { contentDir, packDir, repoRoot } from "../tests/helpers/paths";
import { startReverseProxy } from "../tests/helpers/reverse-proxy";
import { createReplicatedDatabase, startInstances } from "../tests/helpers/scale-out";

import { requireWrk, wrk, type WrkFigures } from "./wrk";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const seconds = Number(option("seconds") ?? 8);
const connections = Number(option("connections") ?? 32);
const jsonOut = option("json") ?? path.join(repoRoot, "bench/out/scale.json");

const page = "/postmortems/cce-elb-members-per-pool-quota";
const searches = [
  "connection refused",
  "no such host",
  "i/o timeout",
  "502 Bad Gateway",
  "quota exceeded",
  "context deadline exceeded",
  "too many open files",
  "OOMKilled",
].map((q) => `/api/search?q=${encodeURIComponent(q)}`);

interface Row extends WrkFigures {
  replica: boolean;
  instances: number;
  target: "page" | "search";
  /** share of the machine's CPU (2 cores = 200%) spent by each part while it ran */
  cpu: Record<string, number>;
}

requireWrk();
buildIfNeeded();

const ticks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** CPU seconds used so far by a process and every descendant alive now. */
function cpuOfTree(root: number): number {
  const children = new Map<number, number[]>();
  const own = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      own.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / ticks);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    total += own.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}

/** The machine's busy CPU seconds so far (all cores). */
function machineBusy(): number {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const n = values.map(Number);
  const idle = (n[3] ?? 0) + (n[4] ?? 0);
  return (n.reduce((a, b) => a + b, 0) - idle) / ticks;
}

const postmasterOf = (cluster: { name: string }) => {
  const dataDir = execFileSync("pg_conftool", ["-s", "15", cluster.name, "show", "data_directory"]).toString().trim();
  return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
};

const rows: Row[] = [];
const setup = await createReplicatedDatabase([contentDir, packDir]);
try {
  const primaryPid = postmasterOf(setup.primary);
  const replicaPid = postmasterOf(setup.replica);
  for (const replica of [false, true]) {
    const instances = await startInstances(3, {
      NODE_ENV: "production",
      DATABASE_URL: setup.database.url,
      HINDSIGHT_DB_POOL_MAX: "10",
      ...(replica ? { DATABASE_REPLICA_URLS: setup.replicaUrl } : {}),
    });
    try {
      for (const instance of instances.list) {
        for (const target of [page, ...searches]) await (await fetch(`${instance.baseUrl}${target}`)).arrayBuffer();
      }
      for (const count of [1, 2, 3]) {
        const behind = instances.list.slice(0, count);
        const proxy = await startReverseProxy(behind.map((i) => i.port));
        try {
          for (const target of ["page", "search"] as const) {
            const parts: Record<string, () => number> = {
              app: () => behind.reduce((sum, i) => sum + cpuOfTree(i.child.pid!), 0),
              nginx: () => cpuOfTree(proxy.pid),
              primary: () => cpuOfTree(primaryPid),
              replica: () => cpuOfTree(replicaPid),
            };
            const before = Object.fromEntries(Object.entries(parts).map(([k, f]) => [k, f()]));
            const busyBefore = machineBusy();
            const started = performance.now();
            const figures = await wrk(`${proxy.baseUrl}${target === "page" ? page : searches[0]}`, {
              connections,
              seconds,
              paths: target === "page" ? [] : searches,
            });
            const elapsed = (performance.now() - started) / 1000;
            const cpu = Object.fromEntries(
              // (A backend that exits takes its CPU out of the tree: never below 0.)
              Object.entries(parts).map(([k, f]) => [k, Math.max(0, ((f() - before[k]!) / elapsed) * 100)]),
            );
            const known = Object.values(cpu).reduce((a, b) => a + b, 0);
            cpu.other = Math.max(0, ((machineBusy() - busyBefore) / elapsed) * 100 - known);
            const row: Row = { replica, instances: count, target, ...figures, cpu };
            rows.push(row);
            console.log(
              `${replica ? "replica " : "primary "} ${count} instance${count > 1 ? "s" : " "} ${target.padEnd(6)} ` +
                `${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${row.p50.toFixed(1).padStart(6)} ms  ` +
                `p95 ${row.p95.toFixed(1).padStart(6)} ms${row.errors ? `  errors ${row.errors}` : ""}  cpu ` +
                Object.entries(cpu)
                  .map(([k, v]) => `${k} ${v.toFixed(0)}%`)
                  .join(", "),
            );
          }
        } finally {
          await proxy.stop();
        }
      }
    } finally {
      await instances.stop();
    }
  }
} finally {
  await setup.drop();
}

const base = (target: Row["target"]) =>
  rows.find((r) => !r.replica && r.instances === 1 && r.target === target)!.requestsPerSecond;
console.log("\nthroughput against 1 instance on the primary alone (same run):");
for (const row of rows)
  console.log(
    `  ${row.target.padEnd(6)} ${row.instances} instance(s) ${row.replica ? "with replica" : "primary only"}: ` +
      `${(row.requestsPerSecond / base(row.target)).toFixed(2)}x`,
  );
mkdirSync(path.dirname(jsonOut), { recursive: true });
writeFileSync(jsonOut, JSON.stringify({ seconds, connections, rows }, null, 2));
console.log(`\nwritten to ${path.relative(repoRoot, jsonOut)}`);
