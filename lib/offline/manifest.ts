import "server-only";

import { listLimitStamps } from "@/lib/limits/queries";
import { listPatternStamps } from "@/lib/patterns/queries";
import { listPublishedPostmortemStamps } from "@/lib/postmortems/queries";

import type { OfflineManifest } from "./types";

/** The lists and the search page: saved beside the entries so that they open offline too. */
const indexPages = [
  { url: "/", title: "Postmortems" },
  { url: "/patterns", title: "Failure patterns" },
  { url: "/limits", title: "Limits" },
  { url: "/search", title: "Search" },
];

/** What "Save for offline" downloads: every published postmortem, every pattern and limit, and the lists. */
export async function getOfflineManifest(): Promise<OfflineManifest> {
  const [postmortems, patterns, limits] = await Promise.all([
    listPublishedPostmortemStamps(),
    listPatternStamps(),
    listLimitStamps(),
  ]);
  return {
    generatedAt: new Date().toISOString(),
    searchSnapshot: "/api/search/snapshot",
    pages: [
      ...indexPages.map((page) => ({ ...page, kind: "index" as const, updatedAt: null })),
      ...postmortems.map((p) => ({
        kind: "postmortem" as const,
        url: `/postmortems/${encodeURIComponent(p.slug)}`,
        title: p.title,
        updatedAt: p.updatedAt.toISOString(),
      })),
      ...patterns.map((p) => ({
        kind: "pattern" as const,
        url: `/patterns/${encodeURIComponent(p.slug)}`,
        title: p.name,
        updatedAt: p.updatedAt.toISOString(),
      })),
      ...limits.map((l) => ({
        kind: "limit" as const,
        url: `/limits/${encodeURIComponent(l.id)}`,
        title: `${l.provider}: ${l.name}`,
        updatedAt: l.updatedAt.toISOString(),
      })),
    ],
  };
}
