"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import type { HealthResponse } from "@/app/api/health/route";
import { queryKeys } from "@/lib/query-keys";

/** How often an open page asks whether the database is back (or away). */
const POLL_MS = 30_000;

async function health(signal: AbortSignal): Promise<HealthResponse | null> {
  try {
    // 503 is an answer here (degraded), not a failure.
    const response = await fetch("/api/health", { signal, cache: "no-store" });
    return (await response.json()) as HealthResponse;
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    return null; // the server itself is not reachable: the offline banner's business
  }
}

/**
 * The outage banner: while the database is unreachable, since when, and what
 * still works (reading the last good copies, search from its snapshot) and
 * what does not (editing is paused; the editor keeps a draft in this browser
 * and saves it when the database is back).
 */
export function DatabaseBanner() {
  const { data } = useQuery({
    queryKey: queryKeys.health(),
    queryFn: ({ signal }) => health(signal),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    retry: false,
  });
  const since = data?.status === "degraded" && data.unreachableSince ? new Date(data.unreachableSince) : null;
  const now = useNow(since ? 30_000 : null);
  if (!since) return null;
  return (
    <div
      role="status"
      data-no-print
      data-database-banner
      className="border-b border-amber-400 bg-amber-50 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <p className="mx-auto max-w-6xl px-4 py-2">
        <strong className="font-semibold">
          The database has been unreachable since <time dateTime={since.toISOString()}>{formatTime(since)}</time>
          {now ? ` (${minutesSince(since, now)})` : ""}.
        </strong>{" "}
        You are reading the last saved copies and search answers from its snapshot; editing is paused until the database
        is back (the editor keeps your text in this browser and saves it then).
      </p>
    </div>
  );
}

/** The current time, ticking every `ms` (null: not ticking); null before hydration so server and client agree. */
function useNow(ms: number | null): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (ms === null) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, ms);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [ms]);
  return now;
}

const formatTime = (date: Date) =>
  date.toLocaleString(undefined, { hour: "2-digit", minute: "2-digit", day: "numeric", month: "short" });

function minutesSince(since: Date, now: number): string {
  const minutes = Math.max(0, Math.round((now - since.getTime()) / 60_000));
  if (minutes < 1) return "less than a minute";
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return `${Math.round(minutes / 60)} hours`;
}
