import "server-only";

import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { FUZZY_MIN, FUZZY_TOP } from "./candidates";
import type { TokenAnalysis, TokenRequest } from "./query-plan";
import { DOCUMENT_COUNT } from "./refresh-search-documents";

/** The vocabulary of the search documents (search_terms): what the knowledge base knows of a query's words. */

export interface AnalyzeTokensOptions {
  /**
   * Count only the documents anyone may read (patterns, limits, published
   * postmortems) and correct only to their words: a search that cannot see
   * drafts must not learn from counts, corrections or ignored words which words they hold.
   */
  published: boolean;
}

/** Round trip 1: each token's lexeme, how many documents hold it, and close vocabulary words for unknown ones. */
export async function analyzeTokens(
  requests: TokenRequest[],
  { published }: AnalyzeTokensOptions,
): Promise<{ tokens: TokenAnalysis[]; documents: number }> {
  const tokens = requests.map((r) => r.token);
  const fuzzy = requests.map((r) => r.fuzzy);
  const count = published ? Prisma.sql`ndoc_published` : Prisma.sql`ndoc`;
  // Exact lookups use the primary key; unknown words take the nearest vocabulary words by
  // trigram distance from the GiST index (KNN), and FUZZY_MIN keeps the close ones.
  const rows = await readDb.$queryRaw<
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
      SELECT term, ${count} AS ndoc FROM search_terms WHERE term = ANY(ARRAY(SELECT lexeme FROM t WHERE lexeme IS NOT NULL))
    )
    SELECT t.token, t.lexeme, coalesce(k.ndoc, 0)::int AS ndoc,
      coalesce((SELECT ${count} FROM search_terms WHERE term = ${DOCUMENT_COUNT}), 0)::int AS documents,
      coalesce((
        SELECT json_agg(json_build_object('term', f.term, 'ndoc', f.ndoc, 'sim', f.sim) ORDER BY f.sim DESC, f.term)
        FROM (
          SELECT s.term, s.${count} AS ndoc, similarity(s.term, t.lexeme)::float8 AS sim
          FROM search_terms s
          WHERE t.fuzzy AND t.lexeme IS NOT NULL AND coalesce(k.ndoc, 0) = 0 AND s.${count} > 0
            AND s.term ~ '^[a-z][a-z0-9]{3,}$' AND s.term !~ '^cjk[0-9a-f]+$' -- the indexed, word-like terms
          ORDER BY lower(s.term) <-> t.lexeme
          LIMIT ${FUZZY_TOP}
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
