import type { Instrumentation } from "next";

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
