import type { SearchKindParam } from "@/lib/validations/search";

import type { Explanation } from "./explain";

/** The JSON of GET /api/search (see README "Search"). */

export interface SearchResultItem extends Explanation {
  kind: SearchKindParam;
  slug: string;
  title: string;
  /** `/postmortems/<slug>`, `/patterns/<slug>` or `/limits/<id>`. */
  url: string;
  score: number;
}

export interface SearchGroup {
  items: SearchResultItem[];
  /** More results follow: ask again with offset + limit. */
  hasMore: boolean;
}

export type SearchGroupName = "postmortems" | "patterns" | "limits";

export interface SearchResponse {
  query: {
    /** The query as received (cut to 200 characters here). */
    q: string;
    /** What was searched after normalisation (timestamps, addresses, ids removed). */
    normalized: string;
    truncated: boolean;
    /** Words, identifiers and CJK runs searched. */
    terms: string[];
    corrections: Array<{ from: string; to: string }>;
    translations: Array<{ from: string; to: string }>;
    /** Words no document contains, even approximately. */
    ignored: string[];
  };
  notices: string[];
  filters: Partial<{
    pattern: string;
    provider: string;
    platform: string;
    component: string;
    severity: string;
    status: string;
    year: number;
    kind: SearchKindParam;
  }>;
  limit: number;
  offset: number;
  groups: Record<SearchGroupName, SearchGroup>;
  tookMs: number;
}

export function emptyGroups(): Record<SearchGroupName, SearchGroup> {
  return {
    postmortems: { items: [], hasMore: false },
    patterns: { items: [], hasMore: false },
    limits: { items: [], hasMore: false },
  };
}
