import type { SearchParams } from "@/lib/validations/search";
import { searchFilterNames } from "@/lib/validations/search-filters";

import type { CandidateRow, DocumentText } from "./candidates";
import { SHORT_QUERY } from "./candidates";
import { confidenceOf, confidenceReason } from "./confidence";
import { explainWithFocus } from "./explain";
import { normalizeQuery } from "./normalize-query";
import { draftQuery, planQuery, type QueryPlan, type Slot, type TokenAnalysis, type TokenRequest } from "./query-plan";
import { queryWeights, rankCandidates, votePatterns, type RankCandidate, type Ranked } from "./rank";
import type { SearchSection } from "./search-document";
import { similarityText } from "./tokens";
import { slotTsquery } from "./tsquery";
import {
  emptyGroups,
  type SearchGroupName,
  type SearchResponse,
  type SearchResultItem,
  type SearchSource,
} from "./types";

/**
 * Where a search's data comes from: PostgreSQL (search-everything.ts) or a
 * snapshot of the published documents in memory (memory/memory-backend.ts).
 * Everything else of a search (normalisation, planning, ranking, snippets,
 * confidence) is this file's and the same for both.
 */
export interface SearchBackend {
  /** said in the response, so people know whether the answer may be out of date */
  readonly source: SearchSource;
  /** Round trip 1: each token's lexeme, how many documents hold it, and close vocabulary words for unknown ones. */
  analyzeTokens(
    requests: TokenRequest[],
    options: { published: boolean },
  ): Promise<{ tokens: TokenAnalysis[]; documents: number }>;
  /** Round trip 2: the candidates of each kind with the features rank.ts needs. */
  findCandidates(
    plan: QueryPlan,
    slotQueries: { any: string[]; exact: string[] },
    similarity: string,
    params: SearchParams,
  ): Promise<CandidateRow[]>;
  /** Round trip 3: the text of the documents on the page (and of patterns that only incidents voted for). */
  readDocuments(ids: string[], patternSlugs: string[]): Promise<DocumentText[]>;
}

export interface SearchOptions {
  /** a postmortem whose patterns must not count as evidence (the one being edited) */
  excludeVoter?: string;
}

/** word_similarity re-reads the whole paste for every signature: compare its beginning, where the error line usually is. */
const PASTE_SIMILARITY_TEXT = 120;

/**
 * Outage search over postmortems, failure patterns and limits: three calls to
 * the backend (look up the query's words, find and rank candidates, read the
 * page's texts), results grouped by kind, each with a snippet and why it
 * matched. See README "Search".
 */
export async function runSearch(
  backend: SearchBackend,
  params: SearchParams,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const started = performance.now();
  const normalized = normalizeQuery(params.q);
  const response: SearchResponse = {
    source: backend.source,
    query: {
      q: params.q.length > 200 ? `${params.q.slice(0, 200)}…` : params.q,
      normalized: normalized.text,
      truncated: normalized.truncated,
      terms: [],
      corrections: [],
      translations: [],
      synonyms: [],
      ignored: [],
    },
    notices: [...normalized.notices],
    filters: filtersOf(params),
    limit: params.limit,
    offset: params.offset,
    groups: emptyGroups(),
    confidence: "none",
    confidenceReason: "",
    tookMs: 0,
  };
  const finish = () => ({ ...response, tookMs: Math.round((performance.now() - started) * 10) / 10 });
  if (!params.q.trim()) {
    response.notices.push("Type or paste something to search: an error line, a few log lines or a few words.");
    response.confidenceReason = "Nothing was asked.";
    return finish();
  }
  const draft = draftQuery(normalized.lines);
  if (draft.requests.length === 0) {
    response.confidenceReason = "The query has no words to search for.";
    return finish();
  }

  const analysis = await backend.analyzeTokens(draft.requests, { published: params.status === "published" });
  const plan = planQuery(draft, analysis.tokens, analysis.documents);
  describePlan(response, plan);
  if (!plan.rank) {
    response.notices.push("None of these words occur in the knowledge base.");
    response.confidenceReason = confidenceReason("none", undefined, plan.unknown, plan.unknown.length);
    return finish();
  }
  const similarity = similarityText(normalized.text);
  // A long paste has dozens of slots; its rarest ones decide the ranking, the others barely weigh.
  const ndocOf = (i: number) => plan.slots[i]!.alternatives.reduce((sum, a) => sum + a.ndoc, 0);
  const ranked = new Set(
    plan.slots
      .map((_, i) => i)
      .sort((a, b) => ndocOf(a) - ndocOf(b) || a - b)
      .slice(0, MAX_RANKED_SLOTS),
  );
  const candidates = await backend.findCandidates(
    plan,
    {
      any: plan.slots.map((slot, i) => (ranked.has(i) ? slotTsquery(slot) : "")),
      // Only slots with other alternatives need a second look; for the rest, matched is exact.
      exact: plan.slots.map((slot, i) =>
        ranked.has(i) && !exactOnly(slot) ? slotTsquery(slot, (how) => how === "exact") : "",
      ),
    },
    similarity.length > SHORT_QUERY ? cutAtWord(similarity, PASTE_SIMILARITY_TEXT) : similarity,
    params,
  );
  const documents = Math.max(analysis.documents, 1);
  const weights = queryWeights(
    plan.slots.map((slot) => ({ ndoc: slot.alternatives.reduce((sum, a) => sum + a.ndoc, 0) })),
    plan.unknown.length,
    documents,
  );
  const distinctive = new Set(plan.slots.flatMap((slot, i) => (weights.weights[i]! >= DISTINCTIVE_IDF ? [i + 1] : [])));
  const exactSlots = new Set(plan.slots.flatMap((slot, i) => (exactOnly(slot) ? [i + 1] : [])));
  const ofKind = (kind: string) =>
    candidates
      .filter((c) => c.kind === kind)
      .map((c) =>
        toRankCandidate({ ...c, exact_matched: [...c.exact_matched, ...c.matched.filter((i) => exactSlots.has(i))] }),
      );
  const incidents = rankCandidates(ofKind("postmortem"), weights);
  const patternsOwn = rankCandidates(ofKind("pattern"), weights);
  // Incidents vote for their patterns only when patterns are asked for.
  const voters = incidents.filter((i) => i.slug !== options.excludeVoter);
  const voted = !params.kind || params.kind === "pattern" ? votePatterns(patternsOwn, voters) : patternsOwn;
  const patterns = params.pattern ? voted.filter((p) => p.slug === params.pattern) : voted;
  const limits = rankCandidates(ofKind("limit"), weights);
  const focusOf = new Map<Ranked, number>();
  const conf = (item: Ranked | undefined) => item && confidenceInput(item, distinctive, focusOf.get(item) ?? 0);

  const end = params.offset + params.limit;
  const pages: Record<SearchGroupName, Ranked[]> = { postmortems: incidents, patterns, limits };
  const onPage = (Object.keys(pages) as SearchGroupName[]).flatMap((g) => pages[g].slice(params.offset, end));
  const evidenceIds = onPage.flatMap((r) => r.evidence.map((e) => incidents.find((i) => i.slug === e.slug)!.id));
  const texts = await backend.readDocuments(
    [...new Set([...onPage.filter((r) => !r.id.startsWith("pattern-slug:")).map((r) => r.id), ...evidenceIds])],
    onPage.filter((r) => r.id.startsWith("pattern-slug:")).map((r) => r.slug),
  );
  const textOf = (r: Ranked) =>
    texts.find((t) => (r.id.startsWith("pattern-slug:") ? t.kind === "pattern" && t.slug === r.slug : t.id === r.id));
  const titleOf = new Map(texts.filter((t) => t.kind === "postmortem").map((t) => [t.slug, t.title]));
  for (const group of Object.keys(pages) as SearchGroupName[]) {
    const ranked = pages[group];
    response.groups[group].hasMore = ranked.length > end;
    for (const r of ranked.slice(params.offset, end)) {
      const text = textOf(r);
      if (!text) continue;
      const sections =
        typeof text.sections === "string" ? (JSON.parse(text.sections) as SearchSection[]) : text.sections;
      const signature =
        r.sigIndex !== null && r.sigSim !== null && r.sigSim >= 0.3
          ? { index: r.sigIndex - 1, similarity: r.sigSim }
          : null;
      const { explanation: explained, bestSlots } = explainWithFocus(sections, plan.slots, signature);
      focusOf.set(
        r,
        weights.total > 0 ? bestSlots.reduce((sum, i) => sum + (weights.weights[i] ?? 0), 0) / weights.total : 0,
      );
      const evidence = r.evidence.map((e) => e.slug);
      response.groups[group].items.push({
        kind: text.kind as SearchResultItem["kind"],
        slug: text.slug,
        title: text.title,
        url: text.url,
        score: Math.round(r.score * 1000) / 1000,
        confidence: confidenceOf(conf(r)),
        ...explained,
        ...(evidence.length ? { evidence, why: withEvidence(explained.why, r, evidence, titleOf) } : {}),
      });
    }
  }
  const best = [incidents[0], patterns[0]].filter(Boolean).sort((a, b) => b!.coverage - a!.coverage)[0];
  const confidence = confidenceOf(conf(best));
  response.confidence = confidence;
  response.confidenceReason = confidenceReason(
    confidence,
    conf(best),
    plan.unknown,
    plan.slots.length + plan.unknown.length,
  );
  return finish();
}

/** "matched …" first when the pattern's own text matched, then the incidents that show it. */
function withEvidence(why: string, r: Ranked, evidence: string[], titleOf: Map<string, string>): string {
  const titles = `${evidence
    .slice(0, 3)
    .map((slug) => `“${titleOf.get(slug) ?? slug}”`)
    .join(", ")}${evidence.length > 3 ? ` and ${evidence.length - 3} more` : ""}`;
  const count = evidence.length === 1 ? "a similar incident" : `${evidence.length} similar incidents`;
  return r.matched.length
    ? `${why}; ${count} ${evidence.length === 1 ? "shows" : "show"} it: ${titles}`
    : `matched through ${count}: ${titles}`;
}

const exactOnly = (slot: Slot) => slot.alternatives.every((a) => a.how === "exact");

/** How many of a query's slots (the rarest) the final ranking checks in each candidate. */
const MAX_RANKED_SLOTS = 24;

/** A slot at least this rare (idf) is distinctive: it says what the query is about. */
const DISTINCTIVE_IDF = 1.5;

function toRankCandidate(row: CandidateRow): RankCandidate {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    sigSim: row.sig_sim,
    pre: row.pre,
    sigIndex: row.sig_index,
    docLength: row.doc_length,
    patternSlugs: row.pattern_slugs,
    matched: row.matched,
    exactMatched: row.exact_matched,
    keyMatched: row.key_matched,
  };
}

function confidenceInput(item: Ranked, distinctive: Set<number>, focus: number) {
  return {
    coverage: item.coverage,
    focus,
    sigSim: item.sigSim,
    distinctiveMatched: item.evidence.length
      ? Math.max(1, countIn(item.matched, distinctive))
      : countIn(item.matched, distinctive),
    distinctiveTotal: distinctive.size,
  };
}

const countIn = (matched: number[], set: Set<number>) => new Set(matched.filter((i) => set.has(i))).size;

function cutAtWord(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, Math.max(text.lastIndexOf(" ", max), 1));
}

function filtersOf(params: SearchParams): SearchResponse["filters"] {
  return Object.fromEntries(
    searchFilterNames.flatMap((name) => (params[name] === undefined ? [] : [[name, params[name]]])),
  ) as SearchResponse["filters"];
}

function describePlan(response: SearchResponse, plan: QueryPlan) {
  response.query.terms = plan.slots.map((s) => s.text);
  response.query.ignored = plan.unknown;
  for (const slot of plan.slots) {
    for (const alt of slot.alternatives) {
      if (alt.how === "fuzzy") response.query.corrections.push({ from: slot.text, to: alt.lexemes.join(" ") });
      if (alt.how === "translated")
        response.query.translations.push({ from: alt.from ?? slot.text, to: alt.lexemes.join(" ") });
      if ((alt.how as string) === "synonym")
        response.query.synonyms.push({ from: alt.from ?? slot.text, to: alt.lexemes.join(" ") });
    }
  }
}
