import { CJK_TERM, FUZZY_TERM } from "../candidates";
import type { SearchSnapshot, SnapshotDocument } from "./snapshot";
import { lowerBound, type TsNode } from "./tsquery-match";
import { trigramSet } from "./trigram";

/**
 * The inverted index of a snapshot, built once per snapshot object: posting
 * lists of document positions per lexeme (what GIN gives PostgreSQL), the
 * vocabulary with its document counts (search_terms.ndoc_published: every
 * snapshot document is one anyone may read) and, on first need, a trigram
 * index of the words a typo may be corrected to.
 */
export interface SnapshotIndex {
  documents: SnapshotDocument[];
  byId: Map<string, SnapshotDocument>;
  patternBySlug: Map<string, SnapshotDocument>;
  /** sorted lexemes of all documents */
  vocabulary: string[];
  postings: Map<string, number[]>;
  fuzzy: () => FuzzyIndex;
}

export interface FuzzyIndex {
  terms: string[];
  trigrams: Array<Set<string>>;
  byTrigram: Map<string, number[]>;
}

const indexes = new WeakMap<SearchSnapshot, SnapshotIndex>();

export function indexOf(snapshot: SearchSnapshot): SnapshotIndex {
  let index = indexes.get(snapshot);
  if (!index) {
    index = buildIndex(snapshot);
    indexes.set(snapshot, index);
  }
  return index;
}

function buildIndex(snapshot: SearchSnapshot): SnapshotIndex {
  const documents = snapshot.documents;
  const postings = new Map<string, number[]>();
  documents.forEach((doc, i) => {
    for (const term of doc.terms) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const vocabulary = [...postings.keys()].sort();
  let fuzzy: FuzzyIndex | undefined;
  return {
    documents,
    byId: new Map(documents.map((d) => [d.id, d])),
    patternBySlug: new Map(documents.filter((d) => d.kind === "pattern").map((d) => [d.slug, d])),
    vocabulary,
    postings,
    fuzzy: () => (fuzzy ??= fuzzyIndex(vocabulary)),
  };
}

function fuzzyIndex(vocabulary: string[]): FuzzyIndex {
  const terms = vocabulary.filter((t) => FUZZY_TERM.test(t) && !CJK_TERM.test(t));
  const trigrams = terms.map((t) => trigramSet(t));
  const byTrigram = new Map<string, number[]>();
  trigrams.forEach((set, i) => {
    for (const g of set) {
      const list = byTrigram.get(g);
      if (list) list.push(i);
      else byTrigram.set(g, [i]);
    }
  });
  return { terms, trigrams, byTrigram };
}

/** Documents (positions, ascending) holding the lexeme, or for a prefix any lexeme that starts with it. */
function postingsOf(index: SnapshotIndex, lexeme: string, prefix: boolean): number[] {
  if (!prefix) return index.postings.get(lexeme) ?? [];
  const lists: number[][] = [];
  for (let i = lowerBound(index.vocabulary, lexeme); i < index.vocabulary.length; i++) {
    const term = index.vocabulary[i]!;
    if (!term.startsWith(lexeme)) break;
    lists.push(index.postings.get(term)!);
  }
  return lists.reduce(union, []);
}

/** The documents matching a tsquery, in snapshot order (the order a heap scan would meet them). */
export function documentsMatching(index: SnapshotIndex, node: TsNode | null): number[] {
  if (!node) return [];
  if ("lexeme" in node) return postingsOf(index, node.lexeme, node.prefix);
  const lists = node.items.map((n) => documentsMatching(index, n));
  return node.op === "&" ? lists.reduce(intersect) : lists.reduce(union, []);
}

function union(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else {
      out.push(a[i++]!);
      j++;
    }
  }
  return out;
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (b[j]! < a[i]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}
