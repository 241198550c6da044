import type { SearchSection } from "./search-document";

/**
 * What the candidate search hands to the final ranking, and the constants of
 * choosing candidates, shared by the PostgreSQL engine (search-sql.ts) and
 * the snapshot engine (memory/): pure, no database.
 */

/** A candidate with what the final ranking (rank.ts) needs; its text comes later, for the page only. */
export interface CandidateRow {
  id: string;
  kind: string;
  slug: string;
  /** ts_rank plus the strict-match bonuses: the order candidates were chosen in. */
  pre: number;
  sig_index: number | null;
  sig_sim: number | null;
  /** lexemes in the document: its length for BM25's normalisation */
  doc_length: number;
  pattern_slugs: string[];
  /** 1-based indexes of the plan's slots the document (its key fields) matches */
  matched: number[];
  /** slots matched by their words as typed (not a correction, translation or synonym) */
  exact_matched: number[];
  key_matched: number[];
}

export interface DocumentText {
  id: string;
  kind: string;
  slug: string;
  url: string;
  title: string;
  sections: SearchSection[] | string;
}

/** How many candidates of each kind the final ranking reorders. */
export const RERANK = { postmortem: 30, catalog: 20 };
/** Candidates taken from each tier (key fields, whole document; rare words: half) before ranking. */
export const CAP = 100;
/** How many of the best postmortems (and of patterns and limits) are compared with the signatures by trigram similarity; fewer for a long paste, where it costs more. */
export const SIMILARITY_TOP = { postmortem: 12, catalog: 4 };
export const SIMILARITY_TOP_PASTE = { postmortem: 6, catalog: 2 };
/** Up to this length the query is looked for inside signatures; longer (a paste), signatures are looked for inside it. */
export const SHORT_QUERY = 64;
/** The pre-ranking's bonuses: every word matched (strict), in key fields, and signature similarity. */
export const preWeights = {
  strict: 0.5,
  keyStrict: 0.25,
  signature: 1.2,
  queryInSignature: 0.8,
  signatureInQuery: 0.8,
};
/** A fuzzy correction must be at least this similar (pg_trgm similarity) to the word typed. */
export const FUZZY_MIN = 0.5;
/** Vocabulary terms a word may be corrected to: word-like, at least 4 characters, no CJK bigram. */
export const FUZZY_TERM = /^[a-z][a-z0-9]{3,}$/;
export const CJK_TERM = /^cjk[0-9a-f]+$/;
/** How many vocabulary words are considered as corrections of one unknown word. */
export const FUZZY_TOP = 3;
