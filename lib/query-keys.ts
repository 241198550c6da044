import type { SearchFilterName } from "@/lib/validations/search";

/**
 * Every React Query key, made in one place so a query and the code that
 * invalidates it cannot drift apart. Each key starts with its entity's name.
 */
export const queryKeys = {
  me: () => ["me"] as const,
  health: () => ["health"] as const,
  closest: (name: string) => ["closest", name] as const,
  search: (params: { q: string; filters: Partial<Record<SearchFilterName, string>>; limit: number }) =>
    ["search", params] as const,
  patternSuggestions: (text: string) => ["pattern-suggestions", text] as const,
  postmortem: (slug: string) => ["postmortem", slug] as const,
  revisions: (slug: string) => ["revisions", slug] as const,
  revision: (slug: string, version: number) => ["revision", slug, version] as const,
  comments: (slug: string) => ["comments", slug] as const,
  proposals: (slug: string) => ["proposals", slug] as const,
  proposal: (slug: string, id: string) => ["proposal", slug, id] as const,
  actionItems: (filters: { overdue?: boolean }) => ["action-items", filters] as const,
};
