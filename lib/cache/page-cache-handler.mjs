// Next's cache handler (next.config.ts `cacheHandler`) for the reading pages:
// one in-memory store per app process, never the shared `.next` directory.
//
// Why not Next's own file-system cache: it outlives the process and is shared
// by every server started from the same build, so a page rendered from one
// database (a test's, or before `content:import` ran) would be served for
// another. Here a restart starts empty, and `npm start` imports before it serves.
//
// Invalidation is exact: `revalidatePath`/`revalidateTag` (lib/cache/invalidate.ts)
// drop every entry with the tag at once, and a render that began before the
// write that invalidated it is not kept (see `set`), so a read that follows a
// write's answer never gets the page as it was before the write.
//
// Several instances on one database (docs/operations.md): an invalidation here is
// told to the others through the cluster channel (lib/cluster/channel.ts, started by
// scripts/serve.ts), before the write that caused it answers, and theirs arrive here.
// An instance drops every page when its channel reconnects (it may have missed some).
//
// Plain JavaScript: Next loads this file at run time, outside the bundle.

const MB = 1024 * 1024;
const limitBytes = (Number(process.env.HINDSIGHT_PAGE_CACHE_MB) || 256) * MB;
/** HINDSIGHT_PAGE_CACHE=off: nothing is kept, every page is rendered per request (what bench:pages compares with). */
const disabled = /^(off|false|0|no)$/i.test(process.env.HINDSIGHT_PAGE_CACHE ?? "");

/** key -> { value, lastModified, tags, bytes, cacheControl }; a Map iterates oldest first (LRU). */
const entries = new Map();
/** tag -> when it was last invalidated (ms) */
const invalidatedAt = new Map();
/** key -> when its first unanswered miss happened: the render that will fill it started then */
const missedAt = new Map();
let totalBytes = 0;
const stats = { hits: 0, misses: 0, sets: 0, dropped: 0, invalidations: 0, remoteInvalidations: 0 };

const now = () => performance.timeOrigin + performance.now();

function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...new Set([...(ctx?.tags ?? []), ...fromHeader])];
}

function sizeOf(value) {
  if (!value) return 0;
  let bytes = 0;
  if (typeof value.html === "string") bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.length ?? 0;
  if (value.segmentData instanceof Map) for (const part of value.segmentData.values()) bytes += part.length ?? 0;
  if (value.body) bytes += value.body.length ?? 0;
  if (typeof value.data === "string") bytes += value.data.length;
  return bytes + 1024;
}

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.bytes;
}

const invalidatedSince = (tags, time) => tags.some((tag) => (invalidatedAt.get(tag) ?? -Infinity) >= time);

/** Marks `list` invalidated now and drops the entries that carry any of them. */
function invalidate(list) {
  const at = now();
  for (const tag of list) invalidatedAt.set(tag, at);
  stats.invalidations++;
  for (const [key, entry] of entries) if (entry.tags.some((tag) => list.includes(tag))) remove(key);
}

/** The process's cluster channel (lib/cluster/channel.ts), when it has one. */
const cluster = () => globalThis[Symbol.for("hindsight.cluster")] ?? null;
const subscribed = Symbol.for("hindsight.page-cache-subscribed");

function listenToOtherInstances() {
  const channel = cluster();
  if (!channel || globalThis[subscribed]) return;
  globalThis[subscribed] = true;
  channel.subscribe((envelope, own) => {
    if (own || envelope.message.type !== "tags") return;
    stats.remoteInvalidations++;
    invalidate(envelope.message.tags);
  });
}

export default class PageCacheHandler {
  constructor() {
    listenToOtherInstances();
  }

  async get(key) {
    if (disabled) return null;
    const entry = entries.get(key);
    if (!entry || invalidatedSince(entry.tags, entry.lastModified)) {
      if (entry) remove(key);
      stats.misses++;
      if (!missedAt.has(key)) missedAt.set(key, now());
      return null;
    }
    // Most recently used last.
    entries.delete(key);
    entries.set(key, entry);
    stats.hits++;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    const started = missedAt.get(key) ?? now();
    missedAt.delete(key);
    remove(key);
    if (!value || disabled) return;
    const tags = tagsOf(value, ctx);
    // Rendered from what the database held before a write that has since invalidated it: not kept.
    if (invalidatedSince(tags, started)) {
      stats.dropped++;
      return;
    }
    const bytes = sizeOf(value);
    entries.set(key, { value, lastModified: started, tags, bytes, cacheControl: ctx?.cacheControl });
    totalBytes += bytes;
    stats.sets++;
    for (const [oldest] of entries) {
      if (totalBytes <= limitBytes) break;
      remove(oldest);
    }
  }

  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (!list.length) return;
    invalidate(list);
    // The others drop theirs before this write answers (a failure to tell them is logged, not thrown:
    // the write is committed; they catch up when their channel reconnects).
    const channel = cluster();
    if (channel)
      await channel.publish({ type: "tags", tags: list }).catch((error) => {
        console.error(`page cache: could not tell the other instances: ${error?.message ?? error}`);
      });
  }

  resetRequestCache() {}
}

/** For the benchmark and the health detail: how the store is doing. */
export function pageCacheStats() {
  return { ...stats, entries: entries.size, bytes: totalBytes };
}
