import "server-only";

import { isDatabaseUnavailable } from "@/lib/api/route";
import type { SearchParams } from "@/lib/validations/search";

import { createMemoryBackend } from "../memory/memory-backend";
import { searchEverything } from "../search-everything";
import { runSearch, type SearchOptions } from "../search-pipeline";
import type { SearchResponse } from "../types";
import { currentSearchSnapshot, databaseSearched } from "./snapshot-holder";

/**
 * Outage search that keeps answering when the database does not: from the
 * database when it answers, else from the snapshot of the published
 * documents (`source: { kind: "snapshot", takenAt }`; it holds no draft, so
 * asking for drafts finds none there). Rethrows when there is no snapshot either.
 */
export async function searchWithFallback(params: SearchParams, options: SearchOptions = {}): Promise<SearchResponse> {
  try {
    const response = await searchEverything(params, options);
    databaseSearched();
    return response;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return searchSnapshotOr(error, params, options);
  }
}

/** The snapshot's answer, or `error` again when there is no snapshot. */
export async function searchSnapshotOr(
  error: unknown,
  params: SearchParams,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const snapshot = await currentSearchSnapshot();
  if (!snapshot) throw error;
  const response = await runSearch(createMemoryBackend(snapshot), params, options);
  if (params.status !== "published")
    response.notices.push("The copy searched while the database is unreachable holds published postmortems only.");
  return response;
}
