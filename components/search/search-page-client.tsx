"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

import type { SearchResponse } from "@/lib/search/types";

import { filterNames, type SearchFilters } from "./search-client";
import { hasResults, ResultLinks, SearchNotices } from "./search-results";
import { useDebouncedValue, useSearchQuery } from "./use-search-query";

export interface FilterOptions {
  patterns: Array<{ slug: string; name: string }>;
  providers: string[];
  platforms: string[];
  years: number[];
}

interface Props {
  initialQ: string;
  initialFilters: SearchFilters;
  initialData: SearchResponse | null;
  initialError: string | null;
  options: FilterOptions;
  emptyState: ReactNode;
}

function toUrl(pathname: string, q: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  for (const name of filterNames) if (filters[name]) params.set(name, filters[name]!);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

const selectClass =
  "rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/**
 * The full search page. The URL holds the query and filters: typing replaces
 * the history entry, Enter and filter changes push one, so Back works.
 */
export function SearchPageClient({ initialQ, initialFilters, initialData, initialError, options, emptyState }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [q, setQ] = useState(initialQ);
  const [filters, setFilters] = useState<SearchFilters>(initialFilters);
  const query = useSearchQuery(q, filters, { limit: 20 });
  const debouncedQ = useDebouncedValue(q, 400);

  // The last URL this component wrote: a change of props to anything else is
  // a navigation (Back, Forward, a link) and replaces what is on screen.
  const written = useRef(toUrl(pathname, initialQ, initialFilters));

  useEffect(() => {
    const url = toUrl(pathname, debouncedQ, filters);
    if (url === written.current) return;
    written.current = url;
    // Typing updates the address without a history entry or a server round trip.
    window.history.replaceState(null, "", url);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedQ]);

  useEffect(() => {
    const url = toUrl(pathname, initialQ, initialFilters);
    if (url === written.current) return;
    written.current = url;
    setQ(initialQ);
    setFilters(initialFilters);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialQ, JSON.stringify(initialFilters)]);

  const navigate = (nextQ: string, next: SearchFilters) => {
    const url = toUrl(pathname, nextQ, next);
    if (url === written.current) return;
    written.current = url;
    router.push(url, { scroll: false });
  };

  const setFilter = (name: keyof SearchFilters, value: string) => {
    const next = { ...filters, [name]: value || undefined };
    setFilters(next);
    navigate(q, next);
  };

  const data = query.data ?? (q === initialQ ? (initialData ?? undefined) : undefined);
  const error = query.error?.message ?? (q === initialQ && !query.data ? initialError : null);
  const active = q.trim() || Object.values(filters).some(Boolean);

  return (
    <div className="space-y-4">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(q, filters);
        }}
        className="space-y-3"
      >
        <label htmlFor="search-q" className="sr-only">
          Search query
        </label>
        <textarea
          id="search-q"
          name="q"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          rows={Math.min(6, Math.max(2, q.split("\n").length))}
          placeholder="Paste the error, a log line or a kubectl event, or type a few words (Shift+Enter for a new line)"
          className="w-full rounded-lg border border-zinc-300 bg-white p-3 font-mono text-sm shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 dark:border-zinc-700 dark:bg-zinc-900 dark:focus:ring-indigo-900"
          spellCheck={false}
          autoFocus
        />
        <fieldset className="flex flex-wrap items-center gap-2 text-sm">
          <legend className="sr-only">Filters</legend>
          <select
            aria-label="Pattern"
            className={selectClass}
            value={filters.pattern ?? ""}
            onChange={(e) => setFilter("pattern", e.target.value)}
          >
            <option value="">Any pattern</option>
            {options.patterns.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Provider"
            className={selectClass}
            value={filters.provider ?? ""}
            onChange={(e) => setFilter("provider", e.target.value)}
          >
            <option value="">Any provider</option>
            {options.providers.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
          <select
            aria-label="Platform"
            className={selectClass}
            value={filters.platform ?? ""}
            onChange={(e) => setFilter("platform", e.target.value)}
          >
            <option value="">Any platform</option>
            {options.platforms.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
          <select
            aria-label="Severity"
            className={selectClass}
            value={filters.severity ?? ""}
            onChange={(e) => setFilter("severity", e.target.value)}
          >
            <option value="">Any severity</option>
            {["SEV1", "SEV2", "SEV3", "SEV4"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
          <select
            aria-label="Year"
            className={selectClass}
            value={filters.year ?? ""}
            onChange={(e) => setFilter("year", e.target.value)}
          >
            <option value="">Any year</option>
            {options.years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
          <select
            aria-label="Kind"
            className={selectClass}
            value={filters.kind ?? ""}
            onChange={(e) => setFilter("kind", e.target.value)}
          >
            <option value="">Everything</option>
            <option value="postmortem">Postmortems</option>
            <option value="pattern">Patterns</option>
            <option value="limit">Limits</option>
          </select>
          <input
            aria-label="Component"
            placeholder="Component"
            className={`${selectClass} w-36`}
            defaultValue={filters.component ?? ""}
            onBlur={(e) =>
              e.target.value !== (filters.component ?? "") && setFilter("component", e.target.value.trim())
            }
          />
          <span className="ml-auto text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {query.isFetching ? "Searching…" : data ? `${data.tookMs} ms` : ""}
          </span>
        </fieldset>
      </form>

      {error ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100"
        >
          {error}
        </p>
      ) : null}
      {data ? <SearchNotices data={data} /> : null}
      <div className={query.isFetching && query.isPlaceholderData ? "opacity-70 transition-opacity" : ""}>
        {!active ? (
          emptyState
        ) : data && hasResults(data) ? (
          <ResultLinks data={data} />
        ) : data && !query.isFetching ? (
          <div>{emptyState}</div>
        ) : null}
      </div>
    </div>
  );
}
