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
  /** posting lists of key_vector, whose lexemes are not all in the document (the slug's are only here) */
  keyPostings: Map<string, number[]>;
  keyVocabulary: string[];
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
  const postings = postingsOf(documents, (d) => d.terms);
  const keyPostings = postingsOf(documents, (d) => d.key);
  const vocabulary = [...postings.keys()].sort();
  let fuzzy: FuzzyIndex | undefined;
  return {
    documents,
    byId: new Map(documents.map((d) => [d.id, d])),
    patternBySlug: new Map(documents.filter((d) => d.kind === "pattern").map((d) => [d.slug, d])),
    vocabulary,
    postings,
    keyPostings,
    keyVocabulary: [...keyPostings.keys()].sort(),
    fuzzy: () => (fuzzy ??= fuzzyIndex(vocabulary)),
  };
}

function postingsOf(documents: SnapshotDocument[], lexemes: (d: SnapshotDocument) => string[]) {
  const postings = new Map<string, number[]>();
  documents.forEach((doc, i) => {
    for (const term of lexemes(doc)) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  return postings;
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
function postingList(postings: Map<string, number[]>, vocabulary: string[], lexeme: string, prefix: boolean) {
  if (!prefix) return postings.get(lexeme) ?? [];
  const lists: number[][] = [];
  for (let i = lowerBound(vocabulary, lexeme); i < vocabulary.length; i++) {
    const term = vocabulary[i]!;
    if (!term.startsWith(lexeme)) break;
    lists.push(postings.get(term)!);
  }
  return lists.reduce(union, []);
}

/**
 * The documents whose `document` (or `key_vector`) matches a tsquery, in
 * snapshot order: the heap order of search_documents, in which a bitmap scan
 * of the GIN index meets them, so a tier cut at CAP keeps the same rows.
 */
export function documentsMatching(index: SnapshotIndex, node: TsNode | null, field: "document" | "key" = "document") {
  if (!node) return [];
  if ("lexeme" in node)
    return field === "key"
      ? postingList(index.keyPostings, index.keyVocabulary, node.lexeme, node.prefix)
      : postingList(index.postings, index.vocabulary, node.lexeme, node.prefix);
  const lists: number[][] = node.items.map((n) => documentsMatching(index, n, field));
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
