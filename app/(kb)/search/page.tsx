import type { Metadata } from "next";
import type { SearchFilters } from "@/components/search/search-client";
import { SearchPageClient } from "@/components/search/search-page-client";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchWithFallback } from "@/lib/search/snapshot/search-with-fallback";
import { searchPageOptions } from "@/lib/search/snapshot/search-page-options";
import type { SearchResponse } from "@/lib/search/types";
import { visibleStatus } from "@/lib/postmortems/visibility";
import { parseSearchInput, searchFilterNames } from "@/lib/validations/search";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const q = first(raw.q) ?? "";
  const filters: SearchFilters = {};
  for (const name of searchFilterNames) {
    const value = first(raw[name]);
    if (value) filters[name] = value;
  }

  // While the database is unreachable, from the search snapshot: the page still searches then.
  const { patterns, facets } = await searchPageOptions();
  let initialData: SearchResponse | null = null;
  let initialError: string | null = null;
  if (q.trim() || Object.keys(filters).length) {
    // Drafts and postmortems in review are for authors and up.
    const reader = await getCurrentUser();
    const status = visibleStatus(filters.status, reader);
    const parsed = parseSearchInput({ q, ...filters, status, limit: "20" });
    if ("error" in parsed) initialError = parsed.error.message;
    else {
      try {
        initialData = await searchWithFallback(parsed.data);
      } catch {
        initialError = "Search could not answer right now: the database did not respond. Try again in a moment.";
      }
    }
  }

  const emptyState = (
    <EmptyState compact>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {q.trim()
          ? "Nothing matched. These failure patterns may still help:"
          : "Paste what is in front of you, or start from a failure pattern:"}
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {patterns.map((p) => (
          <li key={p.slug}>
            <TextLink href={`/patterns/${p.slug}`} className="font-medium">
              {p.name}
            </TextLink>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {" "}
              · {p.occurrences} incident{p.occurrences === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ul>
    </EmptyState>
  );

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <SearchPageClient
        initialQ={q}
        initialFilters={filters}
        initialData={initialData}
        initialError={initialError}
        options={{
          patterns: patterns.map(({ slug, name }) => ({ slug, name })),
          providers: facets.providers,
          platforms: facets.platforms,
          years: facets.years,
        }}
        emptyState={emptyState}
      />
    </div>
  );
}
