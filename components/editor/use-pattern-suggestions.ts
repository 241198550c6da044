"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { authoringApi } from "@/components/postmortem/authoring-api";
import { useDebouncedValue } from "@/components/search/use-search-query";
import { queryKeys } from "@/lib/query-keys";

// URLs have practical length limits; the start of the text carries the most signal.
const MAX_TEXT = 1_500;

/** Patterns ranked by similarity to what has been written so far, asked for once typing pauses. */
export function usePatternSuggestions(text: string) {
  const settled = useDebouncedValue(text.trim().slice(0, MAX_TEXT), 800);
  return useQuery({
    queryKey: queryKeys.patternSuggestions(settled),
    queryFn: ({ signal }) => authoringApi.suggestPatterns(settled, signal),
    enabled: settled.length >= 20,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: 1,
  });
}
