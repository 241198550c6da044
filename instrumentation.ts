import type { Instrumentation } from "next";

/**
 * At start, the search snapshot (the copy outage search answers from) is
 * built in the background, so that it is there before the database is ever
 * away, not only after the first search or write.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) return;
  const { databaseSearched } = await import("@/lib/search/snapshot/snapshot-holder");
  setTimeout(databaseSearched, 1_000).unref();
}

/**
 * A page that failed to render because the database is away notes the outage
 * (lib/db/availability.ts): the banner says since when, and scripts/serve.ts
 * answers 503 instead of 500. Route handlers note it themselves (lib/api/route.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ isDatabaseUnavailable }, { noteDatabaseUnreachable }] = await Promise.all([
    import("@/lib/api/route"),
    import("@/lib/db/availability"),
  ]);
  if (isDatabaseUnavailable(error)) noteDatabaseUnreachable();
};
