import type { SearchResponse } from "@/lib/search/types";

export interface SearchFilters {
  pattern?: string;
  provider?: string;
  platform?: string;
  component?: string;
  severity?: string;
  status?: string;
  year?: string;
  kind?: string;
}

export const filterNames = [
  "pattern",
  "provider",
  "platform",
  "component",
  "severity",
  "status",
  "year",
  "kind",
] as const satisfies ReadonlyArray<keyof SearchFilters>;

export class SearchRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "SearchRequestError";
  }
}

// Long pastes go in a POST body: URLs have practical length limits.
const MAX_GET_QUERY = 1_500;

/** Calls the search API; an error carries the API's own message. */
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
  let response: Response;
  try {
    response =
      q.length > MAX_GET_QUERY
        ? await fetch("/api/search", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(params),
            signal,
          })
        : await fetch(`/api/search?${new URLSearchParams(params)}`, { signal });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new SearchRequestError(
      "The Hindsight server is not reachable. Check your connection; results will come back when it answers.",
      0,
    );
  }
  const body = (await response.json().catch(() => null)) as (SearchResponse & { error?: { message?: string } }) | null;
  if (!response.ok || !body) {
    throw new SearchRequestError(
      body?.error?.message ?? `Search failed with HTTP ${response.status}.`,
      response.status,
    );
  }
  return body;
}
