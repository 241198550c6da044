import "server-only";

import { db } from "@/lib/db";
import { visiblePostmortems } from "@/lib/postmortems/visibility";

export interface ReadingPage {
  path: string;
  /** when what it shows last changed (postmortems; patterns and limits: their own row) */
  updatedAt: string;
}

/**
 * The address of every reading page anyone may read: home, the two lists,
 * each published postmortem, each pattern and each limit, newest postmortems
 * first. What the cache warms (lib/cache/warm.ts) and the offline copy saves.
 */
export async function listReadingPages(): Promise<ReadingPage[]> {
  const [postmortems, patterns, limits] = await Promise.all([
    db.postmortem.findMany({
      where: visiblePostmortems(null),
      select: { slug: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
    }),
    db.failurePattern.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.limit.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  const newest = postmortems[0]?.updatedAt.toISOString() ?? new Date(0).toISOString();
  return [
    { path: "/", updatedAt: newest },
    { path: "/patterns", updatedAt: newest },
    { path: "/limits", updatedAt: newest },
    ...postmortems.map((p) => ({ path: `/postmortems/${p.slug}`, updatedAt: p.updatedAt.toISOString() })),
    ...patterns.map((p) => ({ path: `/patterns/${p.slug}`, updatedAt: p.updatedAt.toISOString() })),
    ...limits.map((l) => ({ path: `/limits/${encodeURIComponent(l.id)}`, updatedAt: l.updatedAt.toISOString() })),
  ];
}
