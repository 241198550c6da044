import { QueryClient } from "@tanstack/react-query";

/** One factory for every QueryClient: the same defaults in each browser tab. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}
