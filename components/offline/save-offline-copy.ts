// "Save for offline": every published postmortem, pattern and limit page and the
// search snapshot into Cache Storage (savedCache), where the service worker
// answers from when the network is gone. No React here.
import { request } from "@/lib/api/client";
import type { OfflineManifest, OfflinePageKind } from "@/lib/offline/types";

import { savedCache, snapshotKey, summaryKey, visitedCache } from "./cache-names";
import { fetchPublicCopy, stampCopy } from "./public-copy";

export interface SavedSummary {
  savedAt: string;
  counts: Record<OfflinePageKind, number>;
  bytes: number;
  /** the search snapshot was saved: search works offline */
  search: boolean;
  /** pages that could not be saved (their URLs) */
  failed: string[];
}

export interface SaveProgress {
  done: number;
  total: number;
}

const parallel = 4;

export async function readSavedSummary(): Promise<SavedSummary | null> {
  if (typeof caches === "undefined") return null;
  const response = await (await caches.open(savedCache)).match(summaryKey);
  return response ? ((await response.json()) as SavedSummary) : null;
}

async function saveSnapshot(cache: Cache, url: string, savedAt: Date): Promise<number | null> {
  const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
  if (!response.ok || !(response.headers.get("content-type") ?? "").includes("application/json")) return null;
  const copy = await stampCopy(response, "saved", savedAt);
  const bytes = (await copy.clone().blob()).size;
  await cache.put(snapshotKey, copy);
  return bytes;
}

/**
 * Downloads everything the manifest lists (a refresh writes over the old copy page by
 * page, then drops the pages no longer published). Throws an ApiError when the list
 * itself cannot be had; a page that fails is counted in `failed`.
 */
export async function saveOfflineCopy(onProgress: (progress: SaveProgress) => void): Promise<SavedSummary> {
  const manifest = await request<OfflineManifest>("/api/offline/manifest", {
    cache: "no-store",
    messages: {
      unreachable: "The Hindsight server is not reachable, so nothing could be saved. Try again when you are online.",
      status: (status) =>
        status === 404
          ? "This Hindsight does not offer an offline copy (HINDSIGHT_OFFLINE=false)."
          : `Saving for offline failed with HTTP ${status}.`,
    },
  });
  const cache = await caches.open(savedCache);
  const savedAt = new Date();
  const counts: Record<OfflinePageKind, number> = { index: 0, postmortem: 0, pattern: 0, limit: 0 };
  const failed: string[] = [];
  let bytes = 0;
  let done = 0;
  const total = manifest.pages.length + 1;
  onProgress({ done, total });

  const queue = [...manifest.pages];
  const worker = async () => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      try {
        const response = await fetchPublicCopy(page.url);
        if (!response) throw new Error("not a public page");
        const copy = await stampCopy(response, "saved", savedAt);
        bytes += (await copy.clone().blob()).size;
        await cache.put(page.url, copy);
        counts[page.kind] += 1;
      } catch {
        failed.push(page.url);
      }
      onProgress({ done: ++done, total });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));

  const snapshotBytes = await saveSnapshot(cache, manifest.searchSnapshot, savedAt).catch(() => null);
  if (snapshotBytes !== null) bytes += snapshotBytes;
  onProgress({ done: ++done, total });

  // What is no longer published (or no longer exists) does not stay on the laptop.
  const wanted = new Set([...manifest.pages.map((page) => page.url), snapshotKey, summaryKey]);
  for (const key of await cache.keys()) {
    const url = new URL(key.url);
    if (!wanted.has(url.pathname + url.search)) await cache.delete(key);
  }

  const summary: SavedSummary = {
    savedAt: savedAt.toISOString(),
    counts,
    bytes,
    search: snapshotBytes !== null,
    failed,
  };
  await cache.put(
    summaryKey,
    new Response(JSON.stringify(summary), { headers: { "content-type": "application/json" } }),
  );
  return summary;
}

/** Removes every copy Hindsight keeps in this browser: saved and visited pages and the search snapshot. */
export async function removeOfflineCopy(): Promise<void> {
  await Promise.all([caches.delete(savedCache), caches.delete(visitedCache)]);
}
