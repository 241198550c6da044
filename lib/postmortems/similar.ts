import "server-only";

import { readDb } from "@/lib/db";

import { visibleStatus } from "./visibility";

export interface SimilarPostmortem {
  slug: string;
  title: string;
}

/** Below this trigram similarity a postmortem is not offered: "foo" should not suggest everything. */
const THRESHOLD = 0.2;

/**
 * The postmortems whose slug or title is closest to what was asked for (a
 * mistyped or renamed slug), by pg_trgm similarity; for a reader without an
 * account, so only published ones (the visibility rule), closest first.
 */
export async function listPostmortemsLike(asked: string, limit = 5): Promise<SimilarPostmortem[]> {
  const slugLike = asked.toLowerCase().slice(0, 200);
  const words = slugLike.replace(/[-_/.]+/g, " ").trim();
  if (words.length < 3) return [];
  const status = visibleStatus(undefined, null) ?? null;
  return readDb.$queryRaw<SimilarPostmortem[]>`
    SELECT slug, title FROM (
      SELECT slug, title,
        greatest(similarity(slug, ${slugLike}), word_similarity(${words}, lower(title))) AS score
      FROM postmortems
      WHERE (${status}::text IS NULL OR status::text = ${status}::text)
    ) scored
    WHERE score >= ${THRESHOLD}
    ORDER BY score DESC, slug
    LIMIT ${limit}`;
}
