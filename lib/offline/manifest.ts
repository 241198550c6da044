import "server-only";

import { listReadingPages } from "@/lib/cache/reading-page-list";

import type { OfflineManifest } from "./types";

/** What "Save for offline" downloads: every reading page (lib/cache/reading-page-list.ts) and the search page. */
export async function getOfflineManifest(): Promise<OfflineManifest> {
  const pages = await listReadingPages();
  return {
    generatedAt: new Date().toISOString(),
    searchSnapshot: "/api/search/snapshot",
    pages: [
      ...pages.map(({ path, ...page }) => ({ ...page, url: path })),
      // Saved beside the entries so that the offline search opens too.
      { kind: "index" as const, url: "/search", title: "Search", updatedAt: null },
    ],
  };
}
