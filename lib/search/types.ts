import type { SearchKindParam } from "@/lib/validations/search";

import type { Confidence } from "./confidence";
import type { Explanation } from "./explain";

/** The JSON of GET /api/search (see README "Search"). */

export interface SearchResultItem extends Explanation {
  kind: SearchKindParam;
  slug: string;
  title: string;
  /** `/postmortems/<slug>`, `/patterns/<slug>` or `/limits/<id>`. */
  url: string;
  score: number;
  /** how well this result matches the query (see confidence.ts) */
  confidence: Confidence;
  /** patterns: the similar incidents (slugs) that show it, strongest first */
  evidence?: string[];
}

export interface SearchGroup {
  items: SearchResultItem[];
  /** More results follow: ask again with offset + limit. */
  hasMore: boolean;
}

export type SearchGroupName = "postmortems" | "patterns" | "limits";

/** Where the answer came from: the database, or the copy of the published documents when the database is unreachable. */
export type SearchSource = { kind: "database" } | { kind: "snapshot"; takenAt: string };

export interface SearchResponse {
  source: SearchSource;
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
    /** Phrases of the synonym list also searched (e.g. liveness probe → health check). */
    synonyms: Array<{ from: string; to: string }>;
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
    origin: "own" | "public";
  }>;
  limit: number;
  offset: number;
  groups: Record<SearchGroupName, SearchGroup>;
  /** "high": this looks like a known failure; "low": only a partial match; "none": nothing like it is known */
  confidence: Confidence;
  confidenceReason: string;
  tookMs: number;
}

export function emptyGroups(): Record<SearchGroupName, SearchGroup> {
  return {
    postmortems: { items: [], hasMore: false },
    patterns: { items: [], hasMore: false },
    limits: { items: [], hasMore: false },
  };
}
