"use client";

import { useQuery } from "@tanstack/react-query";

import type { MeResponse } from "@/app/api/me/route";
import { request } from "@/lib/api/client";
import type { SessionUser } from "@/lib/auth/roles";
import { queryKeys } from "@/lib/query-keys";

/**
 * The signed-in user, asked from the browser: the reading pages are one cached
 * copy for everyone, so nothing about the user is in their HTML.
 * `undefined` while it is not known yet (or the server cannot tell), `null` when signed out.
 */
export function useCurrentUser(): SessionUser | null | undefined {
  const { data } = useQuery({
    queryKey: queryKeys.me(),
    queryFn: ({ signal }) => request<MeResponse>("/api/me", { signal }),
    staleTime: 60_000,
    retry: false,
  });
  return data === undefined ? undefined : data.user;
}
