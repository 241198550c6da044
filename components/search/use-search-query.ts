"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { ApiError } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

import { fetchSearch, type SearchFilters } from "./search-client";

export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * Search as you type: debounced, the previous results stay on screen while
 * the next ones load (no flicker), and a request that is no longer wanted is
 * aborted (React Query cancels it through the signal).
 */
export function useSearchQuery(
  q: string,
  filters: SearchFilters = {},
  options: { debounceMs?: number; limit?: number } = {},
) {
  const debouncedQ = useDebouncedValue(q, options.debounceMs ?? 150);
  const hasFilters = Object.values(filters).some(Boolean);
  return useQuery({
    queryKey: queryKeys.search({ q: debouncedQ, filters, limit: options.limit ?? 10 }),
    queryFn: ({ signal }) => fetchSearch(debouncedQ, filters, signal, options.limit),
    enabled: debouncedQ.trim().length > 0 || hasFilters,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    // Offline too: fetchSearch then searches the copy saved for offline (React Query would pause).
    networkMode: "always",
    retry: (count, error) =>
      error instanceof ApiError &&
      (error.status === 0 || error.status === 503) &&
      !error.code.startsWith("offline_") &&
      count < 2,
  });
}
