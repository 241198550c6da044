import "server-only";

import { visibleStatus } from "@/lib/postmortems/visibility";
import { searchEverything } from "@/lib/search/search-everything";

export interface PatternSuggestion {
  slug: string;
  name: string;
  /** 0..1: how strongly the text points at the pattern, relative to the best suggestion. */
  score: number;
  why: string;
}

/**
 * Failure patterns for a postmortem being written, from the text so far
 * (summary, trigger, root cause, error lines...). It is the outage search's own
 * pattern ranking (lib/search/rank.ts): a pattern's own text plus the votes of
 * the published incidents most similar to the text, so the editor suggests
 * what search would answer. The postmortem being edited (`exclude`) does not vote,
 * and patterns the text matches with no confidence are left out.
 */
export async function suggestPatterns(
  text: string,
  options: { limit?: number; exclude?: string } = {},
): Promise<PatternSuggestion[]> {
  if (text.trim().length < 3) return [];
  const result = await searchEverything(
    { q: text, status: visibleStatus("any", null), limit: options.limit ?? 5, offset: 0 },
    { excludeVoter: options.exclude },
  );
  const patterns = result.groups.patterns.items;
  const top = Math.max(0, ...patterns.map((p) => p.score)) || 1;
  // A pattern nothing in the text really points at is no suggestion (a Redis draft gets no load-balancer patterns).
  return patterns
    .filter((p) => p.score > 0 && p.confidence !== "none")
    .map((p) => ({ slug: p.slug, name: p.title, score: Math.round((p.score / top) * 1000) / 1000, why: p.why }));
}
