// The names of search's filters and kinds, without zod: the snapshot engine runs in the browser (lib/search/memory).
export const searchKinds = ["postmortem", "pattern", "limit"] as const;
export type SearchKindParam = (typeof searchKinds)[number];

/** The filters of a search, as named in the URL, the API and the response: the one list. */
export const searchFilterNames = [
  "pattern",
  "provider",
  "platform",
  "component",
  "severity",
  "status",
  "year",
  "kind",
  "origin",
] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];
