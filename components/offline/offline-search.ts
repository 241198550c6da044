// Search with no network: the snapshot "Save for offline" kept in Cache Storage,
// searched in the browser by the engine of snapshot-engine.ts. Loaded only when
// /api/search cannot be reached (components/search/search-client.ts).
import { ApiError } from "@/lib/api/client";
import type { SearchResponse } from "@/lib/search/types";
import { parseSearchInput } from "@/lib/validations/search";

import { savedCache, snapshotKey } from "./cache-names";
import { describeAge } from "./copy-age";
import { savedAt } from "./public-copy";
import { snapshotEngine, type SnapshotEngine } from "./snapshot-engine";

export interface OfflineSearchParams {
  q: string;
  filters: Record<string, string | undefined>;
  limit: number;
}

const notSaved =
  "The Hindsight server is not reachable, and no search index is saved on this browser. Next time you are online, use “Save for offline” at the foot of any page.";

const noEngine = "The Hindsight server is not reachable, and this version of Hindsight cannot search without it.";

/** The saved snapshot and when it was taken; null when nothing was saved. */
export async function readSavedSnapshot(): Promise<{ snapshot: unknown; takenAt: Date } | null> {
  if (typeof caches === "undefined") return null;
  const response = await (await caches.open(savedCache)).match(snapshotKey);
  if (!response) return null;
  const copiedAt = savedAt(response);
  const snapshot = (await response.json()) as { takenAt?: string };
  const takenAt = snapshot.takenAt ? new Date(snapshot.takenAt) : copiedAt;
  return { snapshot, takenAt: Number.isNaN(takenAt.getTime()) ? copiedAt : takenAt };
}

/** The answer /api/search would give, from the saved copy, with a notice that says how old it is. */
export async function searchOffline(
  { q, filters, limit }: OfflineSearchParams,
  engine: SnapshotEngine | null = snapshotEngine,
): Promise<SearchResponse> {
  const saved = await readSavedSnapshot();
  if (!saved) throw new ApiError(notSaved, 0, "offline_not_saved");
  if (!engine) throw new ApiError(noEngine, 0, "offline_unavailable");
  const parsed = parseSearchInput({ q, ...filters, limit: String(limit) });
  if ("error" in parsed) throw new ApiError(parsed.error.message, 400, "invalid_parameter");
  const response = await engine(saved.snapshot, { ...parsed.data, status: "published" });
  return {
    ...response,
    notices: [`You are offline: searched the copy saved ${describeAge(saved.takenAt)}.`, ...response.notices],
  };
}
