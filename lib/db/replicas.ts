// No "server-only": the page queries that use it are reached from scripts too (where no replica is set).
import { clusterChannel } from "@/lib/cluster/channel";
import { lsnReached, type Lsn } from "@/lib/cluster/lsn";

import { createPrismaClient, type PrismaClient } from "./client";
import { databaseConfig } from "./config";
import { isDatabaseUnavailable } from "./postgres-error";

/**
 * Read replicas (DATABASE_REPLICA_URLS, comma-separated): where the reading
 * pages and search read (`readDb`), while writes and every read that follows a
 * reader's own write (the editor, drafts, review, sessions) use the primary
 * (`db`).
 *
 * A replica is read only once it has replayed as far as the last write this
 * instance knows of (its own, and every other instance's, told through the
 * cluster channel with the primary's WAL position): until then the read goes
 * to the primary, and the replica is asked how far it has got. So a page
 * rendered after a save, on any instance, never shows what was there before.
 * A replica that does not answer is left alone for DOWN_MS and the read is
 * retried on the primary.
 */
const DOWN_MS = 5_000;

interface Replica {
  name: string;
  url: string;
  client: PrismaClient | null;
  /** how far it had replayed when last asked */
  replayed: Lsn | null;
  asking: Promise<void> | null;
  downUntil: number;
  reads: number;
  failures: number;
}

interface ReplicaState {
  replicas: Replica[];
  next: number;
  primaryReads: number;
}

const key = Symbol.for("hindsight.replicas");
const global = globalThis as Record<symbol, ReplicaState | undefined>;

/** The replica URLs of DATABASE_REPLICA_URLS; throws naming the entry that is not a postgresql:// URL. */
export function replicaUrls(env: Record<string, string | undefined> = process.env): string[] {
  const list = (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const [index, entry] of list.entries()) {
    let ok = false;
    try {
      ok = /^postgres(ql)?:$/.test(new URL(entry).protocol);
    } catch {
      ok = false;
    }
    if (!ok)
      throw new Error(
        `DATABASE_REPLICA_URLS: entry ${index + 1} is not a postgresql:// URL (${entry.replace(/\/\/[^@/]*@/, "//…@")})`,
      );
  }
  return list;
}

/** host:port of a URL, never its password (for logs and the health detail). */
export const replicaName = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
};

const queryTimeoutMs = () => Number(process.env.HINDSIGHT_DB_QUERY_TIMEOUT_MS) || 15_000;

function state(): ReplicaState {
  return (global[key] ??= {
    replicas: replicaUrls().map((url) => ({
      name: replicaName(url),
      url,
      client: null,
      replayed: null,
      asking: null,
      downUntil: 0,
      reads: 0,
      failures: 0,
    })),
    next: 0,
    primaryReads: 0,
  });
}

const globalForPrisma = globalThis as unknown as { hindsightPrisma?: PrismaClient };

/** The primary's client: the one `db` of lib/db/index.ts (on globalThis, where tests may swap it). */
export function primaryClient(): PrismaClient {
  globalForPrisma.hindsightPrisma ??= createPrismaClient(undefined, undefined, { queryTimeoutMs: queryTimeoutMs() });
  return globalForPrisma.hindsightPrisma;
}

function replicaClient(replica: Replica): PrismaClient {
  replica.client ??= createPrismaClient(replica.url, databaseConfig().poolMax, {
    queryTimeoutMs: queryTimeoutMs(),
    applicationName: "hindsight-replica-read",
  });
  return replica.client;
}

/** Asks the replica how far it has replayed (one at a time per replica). */
function askReplayed(replica: Replica): Promise<void> {
  replica.asking ??= replicaClient(replica)
    .$queryRawUnsafe<Array<{ lsn: string | null }>>("SELECT pg_last_wal_replay_lsn()::text AS lsn")
    .then(
      (rows) => {
        replica.replayed = rows[0]?.lsn ?? null;
      },
      (error: unknown) => {
        markDown(replica, error);
      },
    )
    .finally(() => {
      replica.asking = null;
    });
  return replica.asking;
}

function markDown(replica: Replica, error: unknown) {
  replica.failures++;
  if (Date.now() >= replica.downUntil)
    console.error(
      `replica ${replica.name}: not answering, reading from the primary for ${DOWN_MS / 1000} s: ${error instanceof Error ? (error.message.split("\n").at(-1) ?? "") : String(error)}`,
    );
  replica.downUntil = Date.now() + DOWN_MS;
}

/** A replica that may be read now (answering, and replayed past the last known write), else null. */
function pickReplica(): Replica | null {
  const s = state();
  if (!s.replicas.length) return null;
  const needed = clusterChannel()?.requiredLsn ?? null;
  const now = Date.now();
  for (let i = 0; i < s.replicas.length; i++) {
    const replica = s.replicas[(s.next + i) % s.replicas.length]!;
    if (now < replica.downUntil) continue;
    if (lsnReached(replica.replayed, needed)) {
      s.next = (s.next + i + 1) % s.replicas.length;
      return replica;
    }
    void askReplayed(replica);
  }
  return null;
}

type Call = (...args: unknown[]) => unknown;

/** `call` on the replica; on the primary instead when the replica turns out not to answer. */
function onReplica(replica: Replica, call: Call, onPrimary: () => Call): Call {
  return (...args) =>
    Promise.resolve()
      .then(() => {
        replica.reads++;
        return call(...args);
      })
      .catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) throw error;
        markDown(replica, error);
        state().primaryReads++;
        return onPrimary()(...args);
      });
}

/** `target[property]`, a method bound to its object (what the client proxies of lib/db hand out). */
export const bound = (target: object, property: PropertyKey): unknown => {
  const value: unknown = Reflect.get(target, property);
  return typeof value === "function" ? (value as Call).bind(target) : value;
};

/**
 * The client for reading pages and search: a replica when one may be read,
 * else the primary. Reads only (a model's find/count/aggregate, $queryRaw):
 * no writes, no transactions, which always belong on `db`.
 */
export const readDb: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => {
    const replica = pickReplica();
    const primary = primaryClient();
    if (!replica) {
      if (state().replicas.length) state().primaryReads++;
      return bound(primary, property);
    }
    const client = replicaClient(replica);
    const value: unknown = Reflect.get(client, property);
    if (typeof value === "function")
      return onReplica(replica, (value as Call).bind(client), () => bound(primary, property) as Call);
    if (value && typeof value === "object")
      // A model (readDb.postmortem.findMany): each of its methods, with the same way back to the primary.
      return new Proxy(value, {
        get: (delegate, method) => {
          const fn: unknown = Reflect.get(delegate, method);
          if (typeof fn !== "function") return fn;
          return onReplica(
            replica,
            (fn as Call).bind(delegate),
            () => bound(Reflect.get(primary, property) as object, method) as Call,
          );
        },
      });
    return value;
  },
});

export interface ReplicaHealth {
  name: string;
  ok: boolean;
  /** bytes of WAL the replica has still to replay (null when it did not answer) */
  lagBytes: number | null;
  reads: number;
  failures: number;
  error?: string;
}

/** Each replica's state for the admin's health detail: answering, and how far behind the primary. */
export async function replicaHealth(): Promise<{ replicas: ReplicaHealth[]; primaryReads: number }> {
  const s = state();
  const replicas = await Promise.all(
    s.replicas.map(async (replica): Promise<ReplicaHealth> => {
      try {
        const [primaryAt] = await primaryClient().$queryRawUnsafe<Array<{ lsn: string }>>(
          "SELECT pg_current_wal_lsn()::text AS lsn",
        );
        const [behind] = await replicaClient(replica).$queryRawUnsafe<Array<{ lag: string | null }>>(
          "SELECT pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn())::text AS lag",
          primaryAt?.lsn,
        );
        const lag = behind?.lag ?? null;
        return {
          name: replica.name,
          ok: true,
          lagBytes: lag === null ? null : Math.max(0, Number(lag)),
          reads: replica.reads,
          failures: replica.failures,
        };
      } catch (error) {
        return {
          name: replica.name,
          ok: false,
          lagBytes: null,
          reads: replica.reads,
          failures: replica.failures,
          error: error instanceof Error ? (error.message.split("\n").at(-1) ?? "unreachable") : "unreachable",
        };
      }
    }),
  );
  return { replicas, primaryReads: s.primaryReads };
}
