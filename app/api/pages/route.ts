// GET /api/pages - the address of every reading page anyone may read (home, lists, published
// postmortems, patterns, limits): what the server warms its page cache with, and what an
// offline copy saves.
import { json, route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { listReadingPages, type ReadingPage } from "@/lib/cache/reading-page-list";
import { warmingPending } from "@/lib/cache/warm";

export const dynamic = "force-dynamic";

export interface PagesResponse {
  pages: ReadingPage[];
  /** pages this server is still rendering into its cache (lib/cache/warm.ts) */
  warming: number;
}

export const GET = route(async (request) => {
  await requireReader(request);
  return json({ pages: await listReadingPages(), warming: warmingPending() } satisfies PagesResponse);
});
