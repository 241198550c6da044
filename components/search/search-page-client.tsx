"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

import { ErrorAlert } from "@/components/ui/error-alert";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { SearchResponse } from "@/lib/search/types";

import { filterNames, type SearchFilters } from "./search-client";
import { ConfidenceBanner } from "./confidence-banner";
import { SnapshotSource } from "./snapshot-source";
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

const same = (value: string | number) => ({ value: String(value), label: String(value) });

/** The filter menus, in the order they are shown. */
function filterSelects(options: FilterOptions) {
  return [
    {
      name: "pattern",
      label: "Pattern",
      any: "Any pattern",
      choices: options.patterns.map((p) => ({ value: p.slug, label: p.name })),
    },
    { name: "provider", label: "Provider", any: "Any provider", choices: options.providers.map(same) },
    { name: "platform", label: "Platform", any: "Any platform", choices: options.platforms.map(same) },
    { name: "severity", label: "Severity", any: "Any severity", choices: ["SEV1", "SEV2", "SEV3", "SEV4"].map(same) },
    { name: "year", label: "Year", any: "Any year", choices: options.years.map(same) },
    {
      name: "origin",
      label: "Incidents",
      any: "Ours and public",
      choices: [
        { value: "own", label: "Ours" },
        { value: "public", label: "Public" },
      ],
    },
    {
      name: "kind",
      label: "Kind",
      any: "Everything",
      choices: [
        { value: "postmortem", label: "Postmortems" },
        { value: "pattern", label: "Patterns" },
        { value: "limit", label: "Limits" },
      ],
    },
  ] satisfies Array<{
    name: keyof SearchFilters;
    label: string;
    any: string;
    choices: Array<{ value: string; label: string }>;
  }>;
}

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
    // A page rendered without the address's query (offline, the saved copy of /search serves every
    // query) still has it in the address: search for that.
    if (initialQ || Object.keys(initialFilters).length) return;
    const params = new URLSearchParams(window.location.search);
    const urlFilters: SearchFilters = {};
    for (const name of filterNames) {
      const value = params.get(name);
      if (value) urlFilters[name] = value;
    }
    const urlQ = params.get("q") ?? "";
    if (!urlQ && !Object.keys(urlFilters).length) return;
    written.current = toUrl(pathname, urlQ, urlFilters);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is known only in the browser
    setQ(urlQ);
    setFilters(urlFilters);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
        <Textarea
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
          size="xl"
          className="font-mono"
          spellCheck={false}
          autoFocus
        />
        <fieldset className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
          <legend className="sr-only">Filters</legend>
          {filterSelects(options).map((select) => (
            <Select
              key={select.name}
              aria-label={select.label}
              size="sm"
              inline
              value={filters[select.name] ?? ""}
              onChange={(e) => setFilter(select.name, e.target.value)}
            >
              <option value="">{select.any}</option>
              {select.choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </Select>
          ))}
          <TextInput
            aria-label="Component"
            placeholder="Component"
            size="sm"
            inline
            className="w-36"
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

      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {data ? <SnapshotSource data={data} /> : null}
      {data ? <ConfidenceBanner data={data} /> : null}
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
