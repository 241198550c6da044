import "server-only";

import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "@/lib/validations/search";

import type { QueryPlan } from "./query-plan";
import {
  CAP,
  preWeights,
  RERANK,
  SHORT_QUERY,
  SIMILARITY_TOP,
  SIMILARITY_TOP_PASTE,
  type CandidateRow,
  type DocumentText,
} from "./candidates";

export type { CandidateRow, DocumentText };
export { RERANK, SHORT_QUERY };

/** The SQL of a search: the ranked candidate query (round trip 2) and the page's texts (round trip 3). */

const weights = preWeights;

function postmortemFilter(params: SearchParams): Prisma.Sql {
  const where = [Prisma.sql`kind = 'postmortem'`];
  if (params.status !== "any") where.push(Prisma.sql`status = ${params.status}`);
  if (params.severity) where.push(Prisma.sql`severity = ${params.severity}`);
  if (params.provider) where.push(Prisma.sql`provider = ${params.provider.toLowerCase()}`);
  if (params.platform) where.push(Prisma.sql`platform = ${params.platform.toLowerCase()}`);
  if (params.component) where.push(Prisma.sql`components @> ARRAY[${params.component.toLowerCase()}]::text[]`);
  if (params.pattern) where.push(Prisma.sql`pattern_slugs @> ARRAY[${params.pattern}]::text[]`);
  if (params.year !== undefined) where.push(Prisma.sql`year = ${params.year}::int`);
  if (params.origin) where.push(Prisma.sql`origin = ${params.origin}`);
  return Prisma.join(where, " AND ");
}

/** Patterns and limits: a filter applies to the kinds that have that attribute (pattern to patterns, provider to limits). */
function catalogFilter(params: SearchParams): Prisma.Sql {
  const kinds = params.kind ? [params.kind] : ["pattern", "limit"];
  const where = [Prisma.sql`kind = ANY(${kinds}::text[])`];
  if (params.pattern) where.push(Prisma.sql`(kind <> 'pattern' OR slug = ${params.pattern})`);
  if (params.provider) where.push(Prisma.sql`(kind <> 'limit' OR provider = ${params.provider.toLowerCase()})`);
  return Prisma.join(where, " AND ");
}

/**
 * Round trip 2. Postmortem candidates come in tiers, each a GIN index scan
 * capped at CAP rows, later tiers skipped (one-time filters) when earlier ones
 * found enough: all words in key fields, all words anywhere, then the rarest
 * words. Ranking: ts_rank over the weighted document, bonuses for matching
 * every word and for matching them in key fields, and trigram similarity of
 * the query with the best signature of the top candidates.
 */
export async function findCandidates(
  plan: QueryPlan,
  slotQueries: { any: string[]; exact: string[] },
  similarity: string,
  params: SearchParams,
): Promise<CandidateRow[]> {
  return readDb.$queryRaw<CandidateRow[]>(candidateSql(plan, slotQueries, similarity, params));
}

/** Round trip 3: the text of the documents on the page (and of patterns that only incidents voted for). */
export async function readDocuments(ids: string[], patternSlugs: string[]): Promise<DocumentText[]> {
  if (!ids.length && !patternSlugs.length) return [];
  return readDb.$queryRaw<DocumentText[]>`
    SELECT id, kind, slug, url, title, sections FROM search_documents WHERE id = ANY(${ids}::text[])
    UNION ALL
    -- Two index lookups: an OR of the two would read the whole table.
    SELECT id, kind, slug, url, title, sections FROM search_documents
    WHERE kind = 'pattern' AND slug = ANY(${patternSlugs}::text[]) AND NOT id = ANY(${ids}::text[])`;
}

export function candidateSql(
  plan: QueryPlan,
  slotQueries: { any: string[]; exact: string[] },
  similarity: string,
  params: SearchParams,
): Prisma.Sql {
  const postmortems = !params.kind || params.kind === "postmortem";
  const catalog = params.kind !== "postmortem";
  const strict = plan.strict || plan.rank;
  const relaxed = plan.relaxed || plan.rank;
  const need = params.offset + params.limit + 1;
  const pmWhere = postmortemFilter(params);
  const catWhere = catalogFilter(params);
  const withSimilarity = similarity.length >= 3;
  const short = similarity.length <= SHORT_QUERY;
  const top = short ? SIMILARITY_TOP : SIMILARITY_TOP_PASTE;
  // Each tier ranks the rows it scans (one detoast of `document` per row) and the tiers are
  // disjoint: key-field matches, other matches of every word, then rare-word matches.
  const columns = Prisma.sql`id, kind, slug, signatures, ts_rank(document, ${plan.rank}::tsquery) AS fts`;
  return Prisma.sql`
    WITH pm_key AS MATERIALIZED (
      SELECT ${columns}, true AS strict, true AS key_strict FROM search_documents
      WHERE ${postmortems}::boolean AND key_vector @@ ${strict}::tsquery AND ${pmWhere}
      LIMIT ${CAP}
    ), pm_doc AS MATERIALIZED (
      SELECT ${columns}, true AS strict, false AS key_strict FROM search_documents
      WHERE ${postmortems}::boolean AND (SELECT count(*) FROM pm_key) < ${CAP}
        AND document @@ ${strict}::tsquery AND NOT key_vector @@ ${strict}::tsquery AND ${pmWhere}
      LIMIT ${CAP}
    ), pm_relaxed AS MATERIALIZED (
      SELECT ${columns}, false AS strict, false AS key_strict FROM search_documents
      WHERE ${postmortems}::boolean AND (SELECT count(*) FROM pm_key) + (SELECT count(*) FROM pm_doc) < ${need}
        AND document @@ ${relaxed}::tsquery AND ${pmWhere}
        AND id NOT IN (SELECT id FROM pm_key UNION ALL SELECT id FROM pm_doc)
      LIMIT ${CAP / 2}
    ), catalog AS MATERIALIZED (
      SELECT ${columns}, document @@ ${strict}::tsquery AS strict, key_vector @@ ${strict}::tsquery AS key_strict FROM search_documents
      WHERE ${catalog}::boolean AND document @@ ${plan.rank}::tsquery AND ${catWhere}
      LIMIT ${CAP}
    ), ranked AS (
      SELECT c.*, row_number() OVER (PARTITION BY c.kind ORDER BY c.base DESC, c.slug) AS pre
      FROM (
        SELECT u.*, u.fts + CASE WHEN u.strict THEN ${weights.strict}::float8 ELSE 0 END
          + CASE WHEN u.key_strict THEN ${weights.keyStrict}::float8 ELSE 0 END AS base
        FROM (SELECT * FROM pm_key UNION ALL SELECT * FROM pm_doc UNION ALL SELECT * FROM pm_relaxed UNION ALL SELECT * FROM catalog) u
      ) c
    ), sig_match AS (
      SELECT r.id, best.i AS sig_index, best.v AS sig_sim
      FROM ranked r
      CROSS JOIN LATERAL (
        SELECT u.i, (CASE
            WHEN u.s = ${similarity} THEN 1.0
            WHEN ${short}::boolean THEN ${weights.queryInSignature}::float8 * word_similarity(${similarity}, u.s) * least(1.0, length(${similarity}) / 16.0)
            ELSE ${weights.signatureInQuery}::float8 * word_similarity(u.s, ${similarity}) * least(1.0, length(u.s) / 24.0)
          END)::float8 AS v
        FROM unnest(r.signatures) WITH ORDINALITY AS u(s, i)
        ORDER BY v DESC, length(u.s), u.i
        LIMIT 1
      ) best
      WHERE ${withSimilarity}::boolean AND r.pre <= CASE WHEN r.kind = 'postmortem' THEN ${top.postmortem}::int ELSE ${top.catalog}::int END
    ), slot_any AS MATERIALIZED (
      -- Each slot's tsquery is parsed once here, not once per candidate.
      SELECT q.tq::tsquery AS tq, q.i FROM unnest(${slotQueries.any}::text[]) WITH ORDINALITY AS q(tq, i) WHERE q.tq <> ''
    ), slot_exact AS MATERIALIZED (
      SELECT q.tq::tsquery AS tq, q.i FROM unnest(${slotQueries.exact}::text[]) WITH ORDINALITY AS q(tq, i) WHERE q.tq <> ''
    ), scored AS (
      SELECT r.id, r.kind, r.slug, sm.sig_index, sm.sig_sim,
        (r.base + ${weights.signature}::float8 * coalesce(sm.sig_sim, 0))::float8 AS pre,
        row_number() OVER (PARTITION BY r.kind ORDER BY r.base + ${weights.signature}::float8 * coalesce(sm.sig_sim, 0) DESC, r.slug) AS rn
      FROM ranked r LEFT JOIN sig_match sm ON sm.id = r.id
    )
    SELECT s.id, s.kind, s.slug, s.pre, s.sig_index::int AS sig_index, s.sig_sim::float8 AS sig_sim,
      d.lexemes AS doc_length, d.pattern_slugs,
      ARRAY(SELECT q.i::int FROM slot_any q WHERE d.document @@ q.tq) AS matched,
      ARRAY(SELECT q.i::int FROM slot_exact q WHERE d.document @@ q.tq) AS exact_matched,
      ARRAY(SELECT q.i::int FROM slot_any q WHERE d.key_vector @@ q.tq) AS key_matched
    FROM scored s JOIN search_documents d ON d.id = s.id
    WHERE s.rn <= CASE WHEN s.kind = 'postmortem' THEN ${Math.max(RERANK.postmortem, need)}::int ELSE ${Math.max(RERANK.catalog, need)}::int END
    ORDER BY s.kind, s.rn`;
}
