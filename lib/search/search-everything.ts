import "server-only";

import type { SearchParams } from "@/lib/validations/search";

import { analyzeTokens } from "./lexicon";
import { runSearch, type SearchBackend, type SearchOptions } from "./search-pipeline";
import { findCandidates, readDocuments } from "./search-sql";
import type { SearchResponse } from "./types";

/** The PostgreSQL engine: lexicon.ts looks words up in search_terms, search-sql.ts finds and reads documents. */
export const databaseBackend: SearchBackend = {
  source: { kind: "database" },
  analyzeTokens,
  findCandidates,
  readDocuments,
};

/** Outage search answered by the database (see search-pipeline.ts for what a search does). */
export function searchEverything(params: SearchParams, options: SearchOptions = {}): Promise<SearchResponse> {
  return runSearch(databaseBackend, params, options);
}
