import type { SearchSection } from "../search-document";

/**
 * A snapshot of the published search documents: what the snapshot engine
 * (memory-backend.ts) searches when the database is unreachable, on the
 * server and in the browser. JSON as it is; built by
 * lib/search/snapshot/build-snapshot.ts from search_documents.
 */

/** Raise when the shape below changes: a snapshot of another version is rebuilt, never read. */
export const SNAPSHOT_VERSION = 1;

export interface SearchSnapshot {
  version: number;
  /** SEARCH_INDEX_VERSION of the documents (lib/search/index-version.ts) */
  indexVersion: number;
  /** ISO time the documents were read from the database */
  takenAt: string;
  /** in the heap order of search_documents (see snapshot-index.ts documentsMatching) */
  documents: SnapshotDocument[];
  /**
   * Words of the documents that PostgreSQL's english stemmer turns into
   * another lexeme than stem.ts would ("" for a stop word): with it the
   * snapshot engine stems every word the documents contain as PostgreSQL did.
   */
  stems: Record<string, string>;
}

export interface SnapshotDocument {
  /** `postmortem:<id>`, `pattern:<id>`, `limit:<id>` as in search_documents */
  id: string;
  kind: "postmortem" | "pattern" | "limit";
  slug: string;
  url: string;
  title: string;
  sections: SearchSection[];
  signatures: string[];
  /** the lexemes of `document`, sorted (JavaScript string order) */
  terms: string[];
  /**
   * per term, its part of ts_rank with the default weights: the sum over its
   * positions j (A before B, C, D) of weight / (j + 1)², divided by π²/6
   */
  ranks: number[];
  /** the lexemes of `key_vector` (title, signatures, names, tags, components, slug), sorted */
  key: string[];
  /** how many lexemes `document` holds (its length, for BM25) */
  length: number;
  patternSlugs: string[];
  provider: string | null;
  platform: string | null;
  components: string[];
  severity: string | null;
  status: string | null;
  year: number | null;
  origin: string | null;
}

/** Whether `value` looks like a snapshot this code can read (a download, or the copy on disk). */
export function isSearchSnapshot(value: unknown): value is SearchSnapshot {
  const s = value as Partial<SearchSnapshot> | null;
  return (
    typeof s === "object" &&
    s !== null &&
    s.version === SNAPSHOT_VERSION &&
    typeof s.takenAt === "string" &&
    Array.isArray(s.documents) &&
    typeof s.stems === "object"
  );
}
