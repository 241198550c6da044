import "server-only";

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import { isDatabaseUnavailable } from "@/lib/api/route";
import { clusterChannel } from "@/lib/cluster/channel";
import { db } from "@/lib/db";

import { SEARCH_INDEX_VERSION } from "../index-version";
import { isSearchSnapshot, type SearchSnapshot } from "../memory/snapshot";
import { buildSearchSnapshot, refreshSnapshot, type HeldSnapshot } from "./build-snapshot";

/**
 * The server's snapshot of the published search documents: built from the
 * database on first use, brought up to date after every write (inTransaction
 * calls searchDocumentsChanged once it has committed, before the write's
 * answer goes out) and at most every RECHECK_MS while searches reach the
 * database (writes of other processes: the content import CLI), and copied to
 * disk so that a server started while the database is down still has it.
 * State lives on globalThis: route bundles may each load this module.
 */

/** While the database answers, check for other processes' writes this often (on a search). */
const RECHECK_MS = 60_000;
/** The disk copy is written this long after the last change (a burst of writes costs one write). */
const DISK_DELAY_MS = 300;

interface HolderState {
  held: HeldSnapshot | null;
  /** the running build or refresh; the next one waits for it */
  work: Promise<unknown>;
  checkedAt: number;
  diskTimer: ReturnType<typeof setTimeout> | null;
}

const globalState = globalThis as unknown as { hindsightSearchSnapshot?: HolderState };
const state = (): HolderState =>
  (globalState.hindsightSearchSnapshot ??= { held: null, work: Promise.resolve(), checkedAt: 0, diskTimer: null });

/** One build or refresh at a time, in order (PGlite has one connection; two builds would race). */
function serially<T>(job: () => Promise<T>): Promise<T> {
  const s = state();
  const next = s.work.then(job, job);
  s.work = next.catch(() => undefined);
  return next;
}

/** Where the copy of this database's snapshot is kept: one file per database (so tests and servers never share one). */
export function snapshotFile(env: NodeJS.ProcessEnv = process.env): string {
  const url = new URL(env.DATABASE_URL ?? "postgresql://none");
  url.password = "";
  const key = createHash("sha256").update(url.toString()).digest("hex").slice(0, 12);
  return path.resolve(env.HINDSIGHT_DATA_DIR ?? ".data", `search-snapshot-${key}.json`);
}

/**
 * The snapshot to answer from: the one in memory (refreshed first when asked
 * to and the database answers), else built from the database, else the copy
 * on disk; null when there is none at all.
 */
export async function currentSearchSnapshot(options: { refresh?: boolean } = {}): Promise<SearchSnapshot | null> {
  const s = state();
  if (s.held && !options.refresh) return s.held.snapshot;
  try {
    await update();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (!s.held) await serially(loadFromDisk);
  }
  return s.held?.snapshot ?? null;
}

/** Builds (first time) or refreshes the snapshot from the database, and schedules the disk copy. */
function update(): Promise<void> {
  return serially(async () => {
    const s = state();
    const before = s.held;
    s.held = before ? await refreshSnapshot(db, before) : await buildSearchSnapshot(db);
    s.checkedAt = Date.now();
    if (s.held !== before) scheduleDiskCopy();
  });
}

/**
 * After a write that changed search documents has committed: the snapshot in
 * memory catches up before the write answers (a few ms: only the changed
 * documents are read). Never throws: the write itself succeeded.
 */
export async function searchDocumentsChanged(): Promise<void> {
  try {
    if (state().held) await update();
    else void update().catch(() => undefined);
  } catch (error) {
    console.error(`search snapshot: refresh after a write failed: ${error instanceof Error ? error.message : error}`);
  }
}

/** After a search the database answered: the first builds the snapshot, later ones recheck now and then (in the background). */
export function databaseSearched(): void {
  const s = state();
  if (s.held && Date.now() - s.checkedAt < RECHECK_MS) return;
  s.checkedAt = Date.now();
  void update().catch((error) => {
    if (!isDatabaseUnavailable(error))
      console.error(`search snapshot: build failed: ${error instanceof Error ? error.message : error}`);
  });
}

/**
 * Another instance's write (lib/cluster/channel.ts): the snapshot catches up
 * in the background, a burst of writes costing one refresh.
 */
const listening = Symbol.for("hindsight.search-snapshot-listening");
const flags = globalThis as Record<symbol, boolean | undefined>;
function listenToOtherInstances() {
  const channel = clusterChannel();
  if (!channel || flags[listening]) return;
  flags[listening] = true;
  let pending = false;
  channel.subscribe((envelope, own) => {
    if (own || envelope.message.type !== "tags" || !state().held || pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      void update().catch(() => undefined);
    }, 50).unref?.();
  });
}
listenToOtherInstances();

function scheduleDiskCopy() {
  const s = state();
  if (s.diskTimer) clearTimeout(s.diskTimer);
  s.diskTimer = setTimeout(() => {
    s.diskTimer = null;
    void writeDiskCopy().catch((error) =>
      console.error(
        `search snapshot: could not write ${snapshotFile()}: ${error instanceof Error ? error.message : error}`,
      ),
    );
  }, DISK_DELAY_MS);
  s.diskTimer.unref?.();
}

async function writeDiskCopy() {
  const held = state().held;
  // Tests that name no data directory would leave a copy per test database in the repository's .data/.
  if (!held || (process.env.NODE_ENV === "test" && !process.env.HINDSIGHT_DATA_DIR)) return;
  const file = snapshotFile();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ snapshot: held.snapshot, versions: Object.fromEntries(held.versions) }));
  await rename(temporary, file);
}

async function loadFromDisk() {
  const s = state();
  if (s.held) return;
  let parsed: { snapshot?: unknown; versions?: Record<string, string> };
  try {
    parsed = JSON.parse(await readFile(snapshotFile(), "utf8"));
  } catch {
    return;
  }
  if (!isSearchSnapshot(parsed.snapshot) || parsed.snapshot.indexVersion !== SEARCH_INDEX_VERSION) return;
  s.held = { snapshot: parsed.snapshot, versions: new Map(Object.entries(parsed.versions ?? {})) };
}
