// No "server-only": scripts/serve.ts and content:import run this outside the bundle.
import { randomBytes } from "node:crypto";

import pg from "pg";

import { isLsn, laterLsn, type Lsn } from "./lsn";

/**
 * What the app instances on one database tell each other, through PostgreSQL's
 * LISTEN/NOTIFY on that database (no other service needed): which cached pages
 * a write made stale, and which pages to render again. Every message carries
 * the primary's WAL position after the write, so that an instance reading from
 * a replica knows how far the replica must have replayed (lib/db/replicas.ts).
 *
 * One channel per process, on globalThis: scripts/serve.ts starts it, and the
 * page cache handler (plain JavaScript loaded by Next) and the bundled app find
 * it there. When the connection drops and comes back, the listeners are told
 * to drop every page only if something was written meanwhile (CHANGE_STAMP_SQL). Without one (embedded PGlite: one connection, one process) every
 * caller simply has nobody to tell.
 */
export const CHANNEL = "hindsight_cluster";

/** Next's implicit tag of the root layout: every page has it, so it stands for "every page". */
export const ALL_PAGES_TAG = "_N_T_/layout";

export type ClusterMessage =
  /** cached pages with any of these tags are stale (lib/cache/page-cache-handler.mjs) */
  | { type: "tags"; tags: string[] }
  /** render these public paths again, so the outage copy is fresh everywhere (lib/cache/warm.ts) */
  | { type: "warm"; paths: string[] };

export interface ClusterEnvelope {
  /** the instance that sent it; "reconnect" when this instance may have missed messages */
  from: string;
  lsn: Lsn | null;
  message: ClusterMessage;
}

export type ClusterListener = (envelope: ClusterEnvelope, own: boolean) => void;

export interface ClusterStatus {
  instanceId: string;
  listening: boolean;
  /** messages received from other instances, and when the last one came */
  received: number;
  lastReceivedAt: string | null;
  reconnects: number;
  requiredLsn: Lsn | null;
}

export interface ClusterChannel {
  readonly instanceId: string;
  /** the furthest primary WAL position this instance knows a write reached */
  readonly requiredLsn: Lsn | null;
  publish(message: ClusterMessage): Promise<void>;
  subscribe(listener: ClusterListener): () => void;
  status(): ClusterStatus;
  close(): Promise<void>;
}

const key = Symbol.for("hindsight.cluster");
const global = globalThis as Record<symbol, ClusterChannel | undefined>;

/** This process's channel, or null when there is none (one process: nobody to tell). */
export function clusterChannel(): ClusterChannel | null {
  return global[key] ?? null;
}

/**
 * What has been written to what the pages show, as one value: every change of a postmortem, a pattern
 * or a limit (a save, a status or action-item change, an import) adds a revision. Compared on
 * reconnecting: when it has not moved, nothing was missed and the cached pages (the outage copy) stay.
 */
const CHANGE_STAMP_SQL = `SELECT concat_ws('|',
  (SELECT max(created_at) FROM postmortem_revisions),
  (SELECT max(created_at) FROM pattern_revisions),
  (SELECT max(created_at) FROM limit_revisions)) AS stamp`;

/** One notification ($1 channel, $2 sender, $3 message), with the primary's WAL position now, which it answers too. */
const NOTIFY_SQL = `SELECT now_at.lsn, pg_notify($1, json_build_object('from', $2::text, 'lsn', now_at.lsn, 'message', $3::json)::text)
  FROM (SELECT pg_current_wal_lsn()::text AS lsn) AS now_at`;

/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_PAYLOAD = 7_500;
const HEARTBEAT_MS = 15_000;

/**
 * Opens the channel on `url` (the primary) and installs it for this process.
 * Never throws for an unreachable database: it keeps reconnecting, and tells
 * its listeners, when it is back, that they may have missed messages.
 */
export function startClusterChannel(url: string, options: { log?: (line: string) => void } = {}): ClusterChannel {
  const existing = clusterChannel();
  if (existing) return existing;
  const channel = createClusterChannel(url, options);
  global[key] = channel;
  return channel;
}

/** A channel not installed for the process (startClusterChannel installs one): for tests of the channel itself. */
export function createClusterChannel(url: string, options: { log?: (line: string) => void } = {}): ClusterChannel {
  const log = options.log ?? ((line: string) => console.error(line));
  const instanceId = randomBytes(6).toString("hex");
  const listeners = new Set<ClusterListener>();
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let connectedOnce = false;
  let requiredLsn: Lsn | null = null;
  let received = 0;
  let lastReceivedAt: Date | null = null;
  let reconnects = 0;
  let retryDelay = 500;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  /** the change stamp read last while connected (null: not read yet) */
  let stamp: string | null = null;
  let stampTimer: ReturnType<typeof setTimeout> | null = null;
  /** Queries on the listening connection, one after another (pg wants no overlapping queries on a client). */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const deliver = (envelope: ClusterEnvelope) => {
    requiredLsn = laterLsn(requiredLsn, envelope.lsn);
    const own = envelope.from === instanceId;
    if (!own) {
      received++;
      lastReceivedAt = new Date();
    }
    for (const listener of listeners) {
      try {
        listener(envelope, own);
      } catch (error) {
        log(`cluster: a listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };

  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({
      connectionString: url,
      application_name: "hindsight-cluster",
      keepAlive: true,
      query_timeout: 10_000,
      connectionTimeoutMillis: 5_000,
    });
    next.on("error", () => undefined);
    next.on("notification", (note) => {
      if (note.channel !== CHANNEL || !note.payload) return;
      const envelope = parseEnvelope(note.payload);
      if (!envelope) return;
      deliver(envelope);
      readStampSoon();
    });
    next.on("end", () => {
      if (client !== next) return;
      client = null;
      listening = false;
      if (!closed) scheduleReconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      const { rows } = await next.query<{ lsn: string | null }>("SELECT pg_current_wal_lsn()::text AS lsn");
      const now = await next
        .query<{ stamp: string }>(CHANGE_STAMP_SQL)
        .then((r) => r.rows[0]?.stamp ?? "")
        .catch(() => null);
      if (closed) {
        await next.end().catch(() => undefined);
        return;
      }
      client = next;
      listening = true;
      retryDelay = 500;
      // While it was away, other instances may have written: then anything cached here may be stale.
      const missed = connectedOnce && (now === null || stamp === null || now !== stamp);
      if (connectedOnce) reconnects++;
      connectedOnce = true;
      stamp = now;
      if (missed) {
        deliver({ from: "reconnect", lsn: rows[0]?.lsn ?? null, message: { type: "tags", tags: [ALL_PAGES_TAG] } });
      } else requiredLsn = laterLsn(requiredLsn, isLsn(rows[0]?.lsn) ? rows[0].lsn : null);
    } catch {
      await next.end().catch(() => undefined);
      scheduleReconnect();
    }
  };

  /** The stamp again shortly after a write was heard of (a burst of them costs one query). */
  const readStampSoon = () => {
    if (stampTimer) return;
    stampTimer = setTimeout(() => {
      stampTimer = null;
      const current = client;
      if (!current) return;
      serially(() => current.query<{ stamp: string }>(CHANGE_STAMP_SQL)).then(
        (r) => {
          if (client === current) stamp = r.rows[0]?.stamp ?? "";
        },
        () => undefined,
      );
    }, 200);
    stampTimer.unref();
  };

  const scheduleReconnect = () => {
    if (closed) return;
    const timer = setTimeout(() => void connect(), retryDelay);
    timer.unref();
    retryDelay = Math.min(retryDelay * 2, 5_000);
  };

  // A connection cut without a word (a network partition) is found by asking now and then.
  heartbeat = setInterval(() => {
    const current = client;
    if (!current) return;
    serially(() => current.query("SELECT 1")).catch(() => {
      if (client !== current) return;
      client = null;
      listening = false;
      void current.end().catch(() => undefined);
      scheduleReconnect();
    });
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const channel: ClusterChannel = {
    instanceId,
    get requiredLsn() {
      return requiredLsn;
    },
    async publish(message) {
      const body = JSON.stringify(fitted(message));
      const sender = client ?? new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
      const oneOff = sender !== client;
      if (oneOff) {
        sender.on("error", () => undefined);
        await sender.connect();
      }
      try {
        const send = () => sender.query<{ lsn: string }>(NOTIFY_SQL, [CHANNEL, instanceId, body]);
        const { rows } = await (oneOff ? send() : serially(send));
        // Known here before the write's answer goes out, not only when our own notification comes back.
        requiredLsn = laterLsn(requiredLsn, rows[0]?.lsn ?? null);
      } finally {
        if (oneOff) await sender.end().catch(() => undefined);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => ({
      instanceId,
      listening,
      received,
      lastReceivedAt: lastReceivedAt?.toISOString() ?? null,
      reconnects,
      requiredLsn,
    }),
    async close() {
      closed = true;
      if (heartbeat) clearInterval(heartbeat);
      if (stampTimer) clearTimeout(stampTimer);
      const current = client;
      client = null;
      listening = false;
      if (global[key] === channel) delete global[key];
      await current?.end().catch(() => undefined);
    },
  };
  void connect();
  return channel;
}

/** A message that fits in one notification: too many tags become "every page". */
function fitted(message: ClusterMessage): ClusterMessage {
  if (JSON.stringify(message).length <= MAX_PAYLOAD) return message;
  if (message.type === "tags") return { type: "tags", tags: [ALL_PAGES_TAG] };
  const paths: string[] = [];
  let length = 0;
  for (const path of message.paths) {
    length += path.length + 3;
    if (length > MAX_PAYLOAD - 100) break;
    paths.push(path);
  }
  return { type: "warm", paths };
}

function parseEnvelope(payload: string): ClusterEnvelope | null {
  try {
    const value = JSON.parse(payload) as Partial<ClusterEnvelope>;
    const message = value.message as Partial<ClusterMessage> | undefined;
    if (typeof value.from !== "string" || !message) return null;
    const lsn = isLsn(value.lsn) ? value.lsn : null;
    if (message.type === "tags" && Array.isArray(message.tags))
      return { from: value.from, lsn, message: { type: "tags", tags: message.tags.map(String) } };
    if (message.type === "warm" && Array.isArray(message.paths))
      return { from: value.from, lsn, message: { type: "warm", paths: message.paths.map(String) } };
    return null;
  } catch {
    return null;
  }
}

/** One message from a process that serves no pages (content:import): opens, tells, closes. */
export async function publishOnce(url: string, message: ClusterMessage): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(NOTIFY_SQL, [CHANNEL, "cli", JSON.stringify(fitted(message))]);
  } finally {
    await client.end().catch(() => undefined);
  }
}
