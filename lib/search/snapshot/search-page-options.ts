import "server-only";

import { isDatabaseUnavailable } from "@/lib/api/route";
import { listPatterns } from "@/lib/patterns/queries";
import { getSearchFacets, type SearchFacets } from "@/lib/search/facets";

import { currentSearchSnapshot } from "./snapshot-holder";

export interface SearchPageOptions {
  patterns: Array<{ slug: string; name: string; occurrences: number }>;
  facets: SearchFacets;
}

const sorted = <T>(values: Iterable<T>) => [...new Set(values)].sort() as T[];

/**
 * What the /search page offers beside the box (the failure patterns, the
 * filters' values): from the database, or while it is unreachable from the
 * search snapshot, so the page still opens and searches then.
 */
export async function searchPageOptions(): Promise<SearchPageOptions> {
  try {
    const [patterns, facets] = await Promise.all([listPatterns(), getSearchFacets()]);
    return { patterns, facets };
  } catch (error) {
    const snapshot = isDatabaseUnavailable(error) ? await currentSearchSnapshot() : null;
    if (!snapshot) throw error;
    const postmortems = snapshot.documents.filter((d) => d.kind === "postmortem");
    const patterns = snapshot.documents
      .filter((d) => d.kind === "pattern")
      .map((d) => ({
        slug: d.slug,
        name: d.title,
        occurrences: postmortems.filter((p) => p.patternSlugs.includes(d.slug)).length,
      }))
      .sort((a, b) => b.occurrences - a.occurrences || a.name.localeCompare(b.name));
    return {
      patterns,
      facets: {
        providers: sorted(postmortems.flatMap((p) => (p.provider ? [p.provider] : []))),
        platforms: sorted(postmortems.flatMap((p) => (p.platform ? [p.platform] : []))),
        years: [...new Set(postmortems.flatMap((p) => (p.year === null ? [] : [p.year])))].sort((a, b) => a - b),
      },
    };
  }
}
