import type { SearchParams } from "@/lib/validations/search";

import {
  CAP,
  FUZZY_MIN,
  FUZZY_TOP,
  preWeights,
  RERANK,
  SHORT_QUERY,
  SIMILARITY_TOP,
  SIMILARITY_TOP_PASTE,
  type CandidateRow,
  type DocumentText,
} from "../candidates";
import type { QueryPlan, TokenAnalysis, TokenRequest } from "../query-plan";
import type { SearchBackend } from "../search-pipeline";
import type { SearchSnapshot, SnapshotDocument } from "./snapshot";
import { documentsMatching, indexOf, type SnapshotIndex } from "./snapshot-index";
import { lexemeOf } from "./stem";
import { trigramSet, wordSimilarity } from "./trigram";
import { lowerBound, matches, operandsOf, parseTsquery, type TsNode } from "./tsquery-match";

/**
 * The snapshot engine: the three data operations of a search (see
 * SearchBackend) answered from a SearchSnapshot in memory, the way lexicon.ts
 * and search-sql.ts answer them from PostgreSQL. Pure (no Node built-ins):
 * the server falls back to it, and the browser runs it offline.
 * Tiers capped at CAP take documents in snapshot order, which is the heap
 * order of search_documents when the snapshot was read (PostgreSQL's bitmap
 * scans meet rows in that order); BENCHMARKS.md "Search from the snapshot"
 * says how often both engines agree.
 */
export function createMemoryBackend(snapshot: SearchSnapshot): SearchBackend {
  const index = indexOf(snapshot);
  return {
    source: { kind: "snapshot", takenAt: snapshot.takenAt },
    analyzeTokens: async (requests) => analyzeTokens(index, snapshot.stems, requests),
    findCandidates: async (plan, slotQueries, similarity, params) =>
      findCandidates(index, plan, slotQueries, similarity, params),
    readDocuments: async (ids, patternSlugs) => readDocuments(index, ids, patternSlugs),
  };
}

export function analyzeTokens(
  index: SnapshotIndex,
  stems: Record<string, string>,
  requests: TokenRequest[],
): { tokens: TokenAnalysis[]; documents: number } {
  const ndocOf = (lexeme: string) => index.postings.get(lexeme)?.length ?? 0;
  return {
    documents: index.documents.length,
    tokens: requests.map(({ token, fuzzy }) => {
      const lexeme = lexemeOf(token, stems);
      const ndoc = lexeme ? ndocOf(lexeme) : 0;
      const alternatives = fuzzy && lexeme && ndoc === 0 ? corrections(index, lexeme) : [];
      return { token, lexeme, ndoc, alternatives };
    }),
  };
}

/** The FUZZY_TOP vocabulary words most similar (pg_trgm similarity) to an unknown lexeme, kept from FUZZY_MIN. */
function corrections(index: SnapshotIndex, lexeme: string): TokenAnalysis["alternatives"] {
  const fuzzy = index.fuzzy();
  const mine = trigramSet(lexeme);
  const shared = new Map<number, number>();
  for (const g of mine) for (const i of fuzzy.byTrigram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  return [...shared]
    .map(([i, n]) => ({ term: fuzzy.terms[i]!, sim: Math.fround(n / (mine.size + fuzzy.trigrams[i]!.size - n)) }))
    .sort((a, b) => b.sim - a.sim || (a.term < b.term ? -1 : 1))
    .slice(0, FUZZY_TOP)
    .filter((a) => a.sim >= FUZZY_MIN)
    .map((a) => ({ term: a.term, ndoc: index.postings.get(a.term)!.length, sim: a.sim }));
}

function postmortemFilter(params: SearchParams): (d: SnapshotDocument) => boolean {
  const provider = params.provider?.toLowerCase();
  const platform = params.platform?.toLowerCase();
  const component = params.component?.toLowerCase();
  return (d) =>
    d.kind === "postmortem" &&
    (params.status === "any" || d.status === params.status) &&
    (!params.severity || d.severity === params.severity) &&
    (!provider || d.provider === provider) &&
    (!platform || d.platform === platform) &&
    (!component || d.components.includes(component)) &&
    (!params.pattern || d.patternSlugs.includes(params.pattern)) &&
    (params.year === undefined || d.year === params.year) &&
    (!params.origin || d.origin === params.origin);
}

function catalogFilter(params: SearchParams): (d: SnapshotDocument) => boolean {
  const kinds: string[] = params.kind ? [params.kind] : ["pattern", "limit"];
  const provider = params.provider?.toLowerCase();
  return (d) =>
    kinds.includes(d.kind) &&
    (!params.pattern || d.kind !== "pattern" || d.slug === params.pattern) &&
    (!provider || d.kind !== "limit" || d.provider === provider);
}

/** ts_rank(document, query) with the default weights and no normalisation (calc_rank_or). */
function tsRank(doc: SnapshotDocument, operands: Array<{ lexeme: string; prefix: boolean }>): number {
  if (!operands.length) return 0;
  let sum = 0;
  for (const { lexeme, prefix } of operands) {
    for (let i = lowerBound(doc.terms, lexeme); i < doc.terms.length; i++) {
      const term = doc.terms[i]!;
      if (prefix ? !term.startsWith(lexeme) : term !== lexeme) break;
      sum += doc.ranks[i]!;
      if (!prefix) break;
    }
  }
  return sum / operands.length;
}

interface Tiered {
  doc: SnapshotDocument;
  strict: boolean;
  keyStrict: boolean;
  base: number;
}

/** Round trip 2 of search-sql.ts (candidateSql), step by step. */
export function findCandidates(
  index: SnapshotIndex,
  plan: QueryPlan,
  slotQueries: { any: string[]; exact: string[] },
  similarity: string,
  params: SearchParams,
): CandidateRow[] {
  const postmortems = !params.kind || params.kind === "postmortem";
  const catalog = params.kind !== "postmortem";
  const strict = parseTsquery(plan.strict || plan.rank);
  const relaxed = parseTsquery(plan.relaxed || plan.rank);
  const rank = parseTsquery(plan.rank);
  const operands = operandsOf(rank);
  const need = params.offset + params.limit + 1;
  const pmWhere = postmortemFilter(params);
  const catWhere = catalogFilter(params);
  const docs = (node: TsNode | null, field?: "key") =>
    documentsMatching(index, node, field).map((i) => index.documents[i]!);

  const rows: Tiered[] = [];
  const tier = (doc: SnapshotDocument, isStrict: boolean, keyStrict: boolean) =>
    rows.push({
      doc,
      strict: isStrict,
      keyStrict,
      base: tsRank(doc, operands) + (isStrict ? preWeights.strict : 0) + (keyStrict ? preWeights.keyStrict : 0),
    });
  if (postmortems) {
    const pmKey = docs(strict, "key").filter(pmWhere).slice(0, CAP);
    const pmDoc =
      pmKey.length < CAP
        ? docs(strict)
            .filter((d) => pmWhere(d) && !matches(strict, d.key))
            .slice(0, CAP)
        : [];
    pmKey.forEach((d) => tier(d, true, true));
    pmDoc.forEach((d) => tier(d, true, false));
    if (pmKey.length + pmDoc.length < need) {
      const taken = new Set([...pmKey, ...pmDoc]);
      for (const d of docs(relaxed)
        .filter((d) => pmWhere(d) && !taken.has(d))
        .slice(0, CAP / 2))
        tier(d, false, false);
    }
  }
  if (catalog) {
    for (const d of docs(rank).filter(catWhere).slice(0, CAP))
      tier(d, matches(strict, d.terms), matches(strict, d.key));
  }

  const withSimilarity = similarity.length >= 3;
  const short = similarity.length <= SHORT_QUERY;
  const top = short ? SIMILARITY_TOP : SIMILARITY_TOP_PASTE;
  const scored = new Map<Tiered, { sigIndex: number | null; sigSim: number | null; pre: number }>();
  for (const [kind, group] of byKind(rows, (r) => r.base)) {
    group.forEach((r, i) => {
      const best =
        withSimilarity && i + 1 <= (kind === "postmortem" ? top.postmortem : top.catalog)
          ? bestSignature(r.doc.signatures, similarity, short)
          : null;
      scored.set(r, {
        sigIndex: best?.index ?? null,
        sigSim: best?.value ?? null,
        pre: r.base + preWeights.signature * (best?.value ?? 0),
      });
    });
  }

  const anyQueries = slotQueries.any.map((q) => parseTsquery(q));
  const exactQueries = slotQueries.exact.map((q) => parseTsquery(q));
  const slotsMatching = (queries: Array<TsNode | null>, lexemes: string[]) =>
    queries.flatMap((q, i) => (q && matches(q, lexemes) ? [i + 1] : []));
  const out: CandidateRow[] = [];
  for (const [kind, group] of byKind(rows, (r) => scored.get(r)!.pre)) {
    const keep = Math.max(kind === "postmortem" ? RERANK.postmortem : RERANK.catalog, need);
    for (const r of group.slice(0, keep)) {
      const s = scored.get(r)!;
      out.push({
        id: r.doc.id,
        kind: r.doc.kind,
        slug: r.doc.slug,
        pre: s.pre,
        sig_index: s.sigIndex,
        sig_sim: s.sigSim,
        doc_length: r.doc.length,
        pattern_slugs: r.doc.patternSlugs,
        matched: slotsMatching(anyQueries, r.doc.terms),
        exact_matched: slotsMatching(exactQueries, r.doc.terms),
        key_matched: slotsMatching(anyQueries, r.doc.key),
      });
    }
  }
  return out;
}

/** Rows grouped by kind (in kind order), each group best first, ties by slug. */
function byKind(rows: Tiered[], score: (r: Tiered) => number): Array<[string, Tiered[]]> {
  const groups = new Map<string, Tiered[]>();
  for (const r of rows) groups.set(r.doc.kind, [...(groups.get(r.doc.kind) ?? []), r]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, group]) => [
      kind,
      group.sort((a, b) => score(b) - score(a) || (a.doc.slug < b.doc.slug ? -1 : a.doc.slug > b.doc.slug ? 1 : 0)),
    ]);
}

/** The signature most like the query (search-sql.ts sig_match): value, then the shorter, then the first. */
function bestSignature(
  signatures: string[],
  similarity: string,
  short: boolean,
): { index: number; value: number } | null {
  let best: { index: number; value: number; length: number } | null = null;
  signatures.forEach((s, i) => {
    const value =
      s === similarity
        ? 1
        : short
          ? preWeights.queryInSignature * wordSimilarity(similarity, s) * Math.min(1, similarity.length / 16)
          : preWeights.signatureInQuery * wordSimilarity(s, similarity) * Math.min(1, s.length / 24);
    if (!best || value > best.value || (value === best.value && s.length < best.length))
      best = { index: i + 1, value, length: s.length };
  });
  return best && { index: (best as { index: number }).index, value: (best as { value: number }).value };
}

export function readDocuments(index: SnapshotIndex, ids: string[], patternSlugs: string[]): DocumentText[] {
  const text = (d: SnapshotDocument): DocumentText => ({
    id: d.id,
    kind: d.kind,
    slug: d.slug,
    url: d.url,
    title: d.title,
    sections: d.sections,
  });
  const byIds = ids.flatMap((id) => {
    const d = index.byId.get(id);
    return d ? [text(d)] : [];
  });
  const wanted = new Set(ids);
  const patterns = patternSlugs.flatMap((slug) => {
    const d = index.patternBySlug.get(slug);
    return d && !wanted.has(d.id) ? [text(d)] : [];
  });
  return [...byIds, ...patterns];
}
