import { searchParamsSchema, type SearchParams, type SearchParamsInput } from "@/lib/validations/search";

import { runSearch } from "../search-pipeline";
import type { SearchResponse } from "../types";
import { createMemoryBackend } from "./memory-backend";
import type { SearchSnapshot } from "./snapshot";

export type { SearchSnapshot } from "./snapshot";
export { isSearchSnapshot, SNAPSHOT_FORMAT } from "./snapshot";

/**
 * Outage search without a server: the same normalisation, planning and
 * ranking as /api/search, over a snapshot from GET /api/search/snapshot.
 * Runs in the browser (no server-only or Node imports) and in Node.
 * `params` are checked as the API checks them (a bad value throws a ZodError).
 * The answer says `source: { kind: "snapshot", takenAt }`.
 */
export function searchSnapshot(
  snapshot: SearchSnapshot,
  params: SearchParamsInput | SearchParams,
): Promise<SearchResponse> {
  return runSearch(createMemoryBackend(snapshot), searchParamsSchema.parse(params));
}
