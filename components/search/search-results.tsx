"use client";

import Link from "next/link";

import type { SearchResponse, SearchResultItem } from "@/lib/search/types";

import { HighlightedSnippet } from "./highlighted-snippet";

const groupTitles = { postmortems: "Postmortems", patterns: "Failure patterns", limits: "Limits" } as const;
type Group = keyof typeof groupTitles;

/** Results in reading order: postmortems, then patterns, then limits. */
export function flattenResults(data: SearchResponse | undefined): SearchResultItem[] {
  if (!data) return [];
  return [...data.groups.postmortems.items, ...data.groups.patterns.items, ...data.groups.limits.items];
}

export function resultId(prefix: string, item: SearchResultItem): string {
  return `${prefix}-${item.kind}-${item.slug}`;
}

function ResultBody({ item }: { item: SearchResultItem }) {
  return (
    <>
      <span className="flex flex-wrap items-baseline gap-2">
        <span className="font-medium text-zinc-900 dark:text-zinc-50">{item.title}</span>
        <span className="rounded bg-zinc-200 px-1.5 py-0.5 text-[0.7rem] font-medium text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
          {item.label}
        </span>
        {item.confidence === "high" ? null : (
          <span className="rounded px-1.5 py-0.5 text-[0.7rem] font-medium text-amber-900 ring-1 ring-amber-400 ring-inset dark:text-amber-200 dark:ring-amber-700">
            weak match
          </span>
        )}
      </span>
      <span className="mt-1 block font-mono text-xs wrap-anywhere whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">
        <HighlightedSnippet text={item.snippet.text} highlights={item.snippet.highlights} />
      </span>
      <span className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400">{item.why}</span>
    </>
  );
}

const itemClass = (active: boolean) =>
  `block cursor-pointer rounded-md border px-3 py-2 ${active ? "border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/50" : "border-transparent hover:bg-zinc-100 dark:hover:bg-zinc-900"}`;

function groups(data: SearchResponse): Array<[Group, SearchResultItem[]]> {
  return (Object.keys(groupTitles) as Group[])
    .map((g) => [g, data.groups[g].items] as [Group, SearchResultItem[]])
    .filter(([, items]) => items.length > 0);
}

/** The position of each group's first item in reading order (the order of flattenResults). */
function groupOffsets(data: SearchResponse): Record<Group, number> {
  const offsets = { postmortems: 0, patterns: 0, limits: 0 };
  let next = 0;
  for (const group of Object.keys(groupTitles) as Group[]) {
    offsets[group] = next;
    next += data.groups[group].items.length;
  }
  return offsets;
}

/** The palette's results: one listbox driven by the input (aria-activedescendant); Enter or a click opens one. */
export function ResultListbox({
  data,
  id,
  activeIndex,
  onChoose,
  onHover,
}: {
  data: SearchResponse;
  id: string;
  activeIndex: number;
  onChoose: (item: SearchResultItem) => void;
  onHover: (index: number) => void;
}) {
  const offsets = groupOffsets(data);
  return (
    <div role="listbox" id={id} aria-label="Search results" className="space-y-3">
      {groups(data).map(([group, items]) => (
        <div key={group} role="group" aria-labelledby={`${id}-${group}`}>
          <div
            id={`${id}-${group}`}
            className="mb-1 px-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400"
          >
            {groupTitles[group]}
          </div>
          {items.map((item, i) => {
            const mine = offsets[group] + i;
            return (
              <div
                key={item.url}
                id={resultId(id, item)}
                role="option"
                aria-selected={mine === activeIndex}
                className={itemClass(mine === activeIndex)}
                onMouseEnter={() => onHover(mine)}
                onClick={() => onChoose(item)}
              >
                <ResultBody item={item} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

/** The search page's results: plain links, grouped under headings. */
export function ResultLinks({ data }: { data: SearchResponse }) {
  return (
    <div className="space-y-6">
      {groups(data).map(([group, items]) => (
        <section key={group} aria-labelledby={`results-${group}`}>
          <h2
            id={`results-${group}`}
            className="mb-2 text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400"
          >
            {groupTitles[group]}
          </h2>
          <ol className="space-y-1">
            {items.map((item) => (
              <li key={item.url}>
                <Link href={item.url} className={itemClass(false)}>
                  <ResultBody item={item} />
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export function SearchNotices({ data }: { data: SearchResponse }) {
  const { query, notices } = data;
  const lines = [
    ...notices,
    ...(query.corrections.length
      ? [`Also searched: ${query.corrections.map((c) => `${c.from} → ${c.to}`).join(", ")}`]
      : []),
    ...(query.translations.length
      ? [`Translated: ${query.translations.map((c) => `${c.from} → ${c.to}`).join(", ")}`]
      : []),
    ...(query.synonyms.length ? [`Synonyms: ${query.synonyms.map((c) => `${c.from} → ${c.to}`).join(", ")}`] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="space-y-0.5 text-xs text-zinc-600 dark:text-zinc-400">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export function hasResults(data: SearchResponse | undefined): boolean {
  return flattenResults(data).length > 0;
}
