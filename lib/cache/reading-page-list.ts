import "server-only";

import { listLimitStamps } from "@/lib/limits/queries";
import { listPatternStamps } from "@/lib/patterns/queries";
import { listPublishedPostmortemStamps } from "@/lib/postmortems/queries";

export type ReadingPageKind = "index" | "postmortem" | "pattern" | "limit";

export interface ReadingPage {
  kind: ReadingPageKind;
  /** a path on this site, e.g. `/postmortems/<slug>` */
  path: string;
  title: string;
  /** ISO time of the last change (null for the lists) */
  updatedAt: string | null;
}

/** The lists, before the pages they list. */
const indexPages = [
  { path: "/", title: "Postmortems" },
  { path: "/patterns", title: "Failure patterns" },
  { path: "/limits", title: "Limits" },
];

/**
 * Every reading page anyone may read, cached by the server (lib/cache/):
 * home and the two lists, each published postmortem (newest incident first),
 * each pattern and each limit. What the cache warms (lib/cache/warm.ts) and
 * "Save for offline" downloads (lib/offline/manifest.ts).
 */
export async function listReadingPages(): Promise<ReadingPage[]> {
  const [postmortems, patterns, limits] = await Promise.all([
    listPublishedPostmortemStamps(),
    listPatternStamps(),
    listLimitStamps(),
  ]);
  return [
    ...indexPages.map((page) => ({ ...page, kind: "index" as const, updatedAt: null })),
    ...postmortems.map((p) => ({
      kind: "postmortem" as const,
      path: `/postmortems/${encodeURIComponent(p.slug)}`,
      title: p.title,
      updatedAt: p.updatedAt.toISOString(),
    })),
    ...patterns.map((p) => ({
      kind: "pattern" as const,
      path: `/patterns/${encodeURIComponent(p.slug)}`,
      title: p.name,
      updatedAt: p.updatedAt.toISOString(),
    })),
    ...limits.map((l) => ({
      kind: "limit" as const,
      path: `/limits/${encodeURIComponent(l.id)}`,
      title: `${l.provider}: ${l.name}`,
      updatedAt: l.updatedAt.toISOString(),
    })),
  ];
}
