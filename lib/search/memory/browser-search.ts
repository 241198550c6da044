import type { SearchParams } from "@/lib/validations/search";

import { runSearch } from "../search-pipeline";
import type { SearchResponse } from "../types";
import { createMemoryBackend } from "./memory-backend";
import type { SearchSnapshot } from "./snapshot";

export type { SearchSnapshot } from "./snapshot";
export { isSearchSnapshot, SNAPSHOT_VERSION } from "./snapshot";

/** What a search asks: `q` and any filters of /api/search, already valid (see lib/validations/search.ts). */
export type SnapshotSearchParams = Pick<SearchParams, "q"> & Partial<SearchParams>;

/**
 * Outage search without a server: the same normalisation, planning and
 * ranking as /api/search, over a snapshot from GET /api/search/snapshot.
 * Runs in the browser (no server-only, Node or zod imports: validate input
 * with searchParamsSchema where it is typed) and in Node. The answer says
 * `source: { kind: "snapshot", takenAt }`; the snapshot holds published
 * documents only.
 */
export function searchSnapshot(snapshot: SearchSnapshot, params: SnapshotSearchParams): Promise<SearchResponse> {
  return runSearch(createMemoryBackend(snapshot), { status: "published", limit: 10, offset: 0, ...params });
}
