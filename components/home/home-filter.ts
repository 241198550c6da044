// The home page's filters live in the URL (?tag=, ?component=, ?origin=) so a filtered list can be shared and bookmarked.

import { parseOriginFilter, type PostmortemData } from "@/lib/validations/postmortem";

export interface HomeFilter {
  tag?: string;
  component?: string;
  /** own or public postmortems only; unset: both */
  origin?: PostmortemData["origin"];
}

export type FilterKey = "tag" | "component";

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export function parseHomeFilter(params: SearchParams): HomeFilter {
  const filter: HomeFilter = {};
  const tag = first(params.tag);
  const component = first(params.component);
  if (tag) filter.tag = tag;
  if (component) filter.component = component;
  const origin = parseOriginFilter(params.origin);
  if (origin) filter.origin = origin;
  return filter;
}

export function filterHref(filter: HomeFilter): string {
  const query = new URLSearchParams();
  if (filter.tag) query.set("tag", filter.tag);
  if (filter.component) query.set("component", filter.component);
  if (filter.origin) query.set("origin", filter.origin);
  const text = query.toString();
  return text ? `/?${text}` : "/";
}

/** The same filter with one key set to value, or removed when it already has that value. */
export function toggleFilter(filter: HomeFilter, key: FilterKey, value: string): HomeFilter {
  const next = { ...filter };
  if (next[key] === value) delete next[key];
  else next[key] = value;
  return next;
}

export interface Facet {
  value: string;
  count: number;
}

/** Distinct values with the number of postmortems carrying each, most common first, then alphabetical. */
export function countFacets(valuesPerPostmortem: string[][]): Facet[] {
  const counts = new Map<string, number>();
  for (const values of valuesPerPostmortem) {
    for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
