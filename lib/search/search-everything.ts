import "server-only";

import { searchFilterNames, type SearchParams } from "@/lib/validations/search";

import { explainMatch } from "./explain";
import { normalizeQuery } from "./normalize-query";
import { draftQuery, planQuery, type QueryPlan } from "./query-plan";
import type { SearchSection } from "./search-document";
import { similarityText } from "./tokens";
import { analyzeTokens, findDocuments, SHORT_QUERY } from "./search-sql";
import { emptyGroups, type SearchGroupName, type SearchResponse, type SearchResultItem } from "./types";

/** word_similarity re-reads the whole paste for every signature: compare its beginning, where the error line usually is. */
const PASTE_SIMILARITY_TEXT = 120;

const groupOf: Record<string, SearchGroupName> = { postmortem: "postmortems", pattern: "patterns", limit: "limits" };

/**
 * Outage search over postmortems, failure patterns and limits: two round
 * trips (look up the query's words, then search and rank), results grouped by
 * kind, each with a snippet and why it matched. See README "Search".
 */
export async function searchEverything(params: SearchParams): Promise<SearchResponse> {
  const started = performance.now();
  const normalized = normalizeQuery(params.q);
  const response: SearchResponse = {
    query: {
      q: params.q.length > 200 ? `${params.q.slice(0, 200)}…` : params.q,
      normalized: normalized.text,
      truncated: normalized.truncated,
      terms: [],
      corrections: [],
      translations: [],
      ignored: [],
    },
    notices: [...normalized.notices],
    filters: filtersOf(params),
    limit: params.limit,
    offset: params.offset,
    groups: emptyGroups(),
    tookMs: 0,
  };
  const finish = () => ({ ...response, tookMs: Math.round((performance.now() - started) * 10) / 10 });
  if (!params.q.trim()) {
    response.notices.push("Type or paste something to search: an error line, a few log lines or a few words.");
    return finish();
  }
  const draft = draftQuery(normalized.lines);
  if (draft.requests.length === 0) return finish();

  const analysis = await analyzeTokens(draft.requests);
  const plan = planQuery(draft, analysis.tokens, analysis.documents);
  describePlan(response, plan);
  if (!plan.rank) {
    response.notices.push("None of these words occur in the knowledge base.");
    return finish();
  }
  const similarity = similarityText(normalized.text);
  const rows = await findDocuments(
    plan,
    similarity.length > SHORT_QUERY ? cutAtWord(similarity, PASTE_SIMILARITY_TEXT) : similarity,
    params,
  );
  for (const row of rows) {
    const group = response.groups[groupOf[row.kind]!];
    if (row.rn > params.offset + params.limit || row.sections === null) {
      group.hasMore = true;
      continue;
    }
    const sections = typeof row.sections === "string" ? (JSON.parse(row.sections) as SearchSection[]) : row.sections;
    const signature =
      row.sig_index !== null && row.sig_sim !== null && row.sig_sim >= 0.3
        ? { index: row.sig_index - 1, similarity: row.sig_sim }
        : null;
    const item: SearchResultItem = {
      kind: row.kind as SearchResultItem["kind"],
      slug: row.slug,
      title: row.title,
      url: row.url,
      score: row.score,
      ...explainMatch(sections, plan.slots, signature),
    };
    group.items.push(item);
  }
  return finish();
}

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
    }
  }
}
