import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "@/lib/validations/search";

import type { QueryPlan, TokenAnalysis, TokenRequest } from "./query-plan";
import type { SearchSection } from "./search-document";
import { DOCUMENT_COUNT } from "./refresh-search-documents";

export interface ResultRow {
  kind: string;
  slug: string;
  score: number;
  rn: number;
  sig_index: number | null;
  sig_sim: number | null;
  url: string;
  title: string;
  /** Null on the extra row that only says a next page exists. */
  sections: SearchSection[] | string | null;
}

/** The SQL of a search: the vocabulary lookup (round trip 1) and the ranked candidate query (round trip 2). */

/** Candidates taken from each tier (key fields, whole document; rare words: half) before ranking. */
const CAP = 100;
/** How many of the best postmortems (and of patterns and limits) are compared with the signatures by trigram similarity; fewer for a long paste, where it costs more. */
const SIMILARITY_TOP = { postmortem: 12, catalog: 4 };
const SIMILARITY_TOP_PASTE = { postmortem: 6, catalog: 2 };
/** Up to this length the query is looked for inside signatures; longer (a paste), signatures are looked for inside it. */
export const SHORT_QUERY = 64;
/** A fuzzy correction must be at least this similar (pg_trgm similarity) to the word typed. */
const FUZZY_MIN = 0.5;
const weights = { strict: 0.5, keyStrict: 0.25, signature: 1.2, queryInSignature: 0.8, signatureInQuery: 0.8 };

/** Round trip 1: each token's lexeme, how many documents hold it, and close vocabulary words for unknown ones. */
export async function analyzeTokens(requests: TokenRequest[]): Promise<{ tokens: TokenAnalysis[]; documents: number }> {
  const tokens = requests.map((r) => r.token);
  const fuzzy = requests.map((r) => r.fuzzy);
  // Exact lookups use the primary key; unknown words take the nearest vocabulary words by
  // trigram distance from the GiST index (KNN), and FUZZY_MIN keeps the close ones.
  const rows = await db.$queryRaw<
    Array<{
      token: string;
      lexeme: string | null;
      ndoc: number;
      documents: number;
      alternatives: TokenAnalysis["alternatives"] | string;
    }>
  >`
    WITH t AS MATERIALIZED (
      SELECT u.token, u.fuzzy, (tsvector_to_array(to_tsvector('english', u.token)))[1] AS lexeme
      FROM unnest(${tokens}::text[], ${fuzzy}::boolean[]) AS u(token, fuzzy)
    ), known AS MATERIALIZED (
      SELECT term, ndoc FROM search_terms WHERE term = ANY(ARRAY(SELECT lexeme FROM t WHERE lexeme IS NOT NULL))
    )
    SELECT t.token, t.lexeme, coalesce(k.ndoc, 0)::int AS ndoc,
      coalesce((SELECT ndoc FROM search_terms WHERE term = ${DOCUMENT_COUNT}), 0)::int AS documents,
      coalesce((
        SELECT json_agg(json_build_object('term', f.term, 'ndoc', f.ndoc, 'sim', f.sim) ORDER BY f.sim DESC, f.term)
        FROM (
          SELECT s.term, s.ndoc, similarity(s.term, t.lexeme)::float8 AS sim
          FROM search_terms s
          WHERE t.fuzzy AND t.lexeme IS NOT NULL AND coalesce(k.ndoc, 0) = 0 AND s.ndoc > 0
            AND s.term ~ '^[a-z][a-z0-9]{3,}$' AND s.term !~ '^cjk[0-9a-f]+$' -- the indexed, word-like terms
          ORDER BY lower(s.term) <-> t.lexeme
          LIMIT 3
        ) f
        WHERE f.sim >= ${FUZZY_MIN}
      ), '[]'::json) AS alternatives
    FROM t LEFT JOIN known k ON k.term = t.lexeme`;
  return {
    documents: rows[0]?.documents ?? 0,
    tokens: rows.map(({ documents: _documents, ...r }) => ({
      ...r,
      alternatives: typeof r.alternatives === "string" ? JSON.parse(r.alternatives) : r.alternatives,
    })),
  };
}

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
export async function findDocuments(plan: QueryPlan, similarity: string, params: SearchParams): Promise<ResultRow[]> {
  return db.$queryRaw<ResultRow[]>(searchSql(plan, similarity, params));
}

export function searchSql(plan: QueryPlan, similarity: string, params: SearchParams): Prisma.Sql {
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
    ), paged AS (
      SELECT f.*, row_number() OVER (PARTITION BY f.kind ORDER BY f.score DESC, f.slug) AS rn
      FROM (
        SELECT r.id, r.kind, r.slug, sm.sig_index, sm.sig_sim, round((r.base + ${weights.signature}::float8 * coalesce(sm.sig_sim, 0))::numeric, 4) AS score
        FROM ranked r LEFT JOIN sig_match sm ON sm.id = r.id
      ) f
    )
    SELECT p.kind, p.slug, p.score::float8 AS score, p.rn::int AS rn, p.sig_index::int AS sig_index, p.sig_sim,
      d.url, d.title, CASE WHEN p.rn <= ${params.offset + params.limit} THEN d.sections END AS sections
    FROM paged p JOIN search_documents d ON d.id = p.id
    WHERE p.rn > ${params.offset} AND p.rn <= ${params.offset + params.limit + 1}
    ORDER BY p.kind, p.rn`;
}
