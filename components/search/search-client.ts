import { ApiError, request } from "@/lib/api/client";
import type { SearchResponse } from "@/lib/search/types";
import type { SearchFilterName } from "@/lib/validations/search";

export type SearchFilters = Partial<Record<SearchFilterName, string>>;

// Every filter, in URL order. A record rather than lib/validations/search's
// list: the compiler still insists on every name, and zod stays out of the
// bundle of every page (the search box is in the header).
const filterOrder: Record<SearchFilterName, true> = {
  pattern: true,
  provider: true,
  platform: true,
  component: true,
  severity: true,
  status: true,
  year: true,
  kind: true,
  origin: true,
};
export const filterNames = Object.keys(filterOrder) as SearchFilterName[];

// Long pastes go in a POST body: URLs have practical length limits.
const MAX_GET_QUERY = 1_500;

const messages = {
  unreachable: "The Hindsight server is not reachable. Check your connection; results will come back when it answers.",
  status: (status: number) => `Search failed with HTTP ${status}.`,
};

/**
 * Calls the search API; a failure is an ApiError with the API's own message.
 * With no network at all, the search runs in the browser over the copy saved
 * for offline (components/offline/offline-search.ts, loaded only then).
 */
export async function fetchSearch(
  q: string,
  filters: SearchFilters,
  signal?: AbortSignal,
  limit = 10,
): Promise<SearchResponse> {
  const params: Record<string, string> = { q, limit: String(limit) };
  for (const name of filterNames) {
    const value = filters[name];
    if (value) params[name] = value;
  }
  try {
    return await (q.length > MAX_GET_QUERY
      ? request<SearchResponse>("/api/search", { method: "POST", body: params, signal, messages })
      : request<SearchResponse>(`/api/search?${new URLSearchParams(params)}`, { signal, messages }));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 0) throw error;
    const { searchOffline } = await import("@/components/offline/offline-search");
    return searchOffline({ q, filters, limit });
  }
}
