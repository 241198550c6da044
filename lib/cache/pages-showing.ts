// No "server-only": content:import reaches it from scripts through writeWithRevision.
import { getRelatedPostmortems } from "@/lib/postmortems/related";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The cached reading pages that show something of a postmortem (besides home and the two lists, which show every one). */
export interface PagesShowing {
  postmortems: string[];
  patterns: string[];
  limits: string[];
}

export const noPages = (): PagesShowing => ({ postmortems: [], patterns: [], limits: [] });

/**
 * Its own page, the pages of its patterns and limits, and every postmortem
 * that may list it among its related incidents: the related rule without its
 * cut-off (a page lists its 8 strongest, and this one may be among them).
 * Read in the write's transaction, before and after the write.
 */
export async function pagesShowingPostmortem(tx: Prisma.TransactionClient, slug: string): Promise<PagesShowing> {
  const row = await tx.postmortem.findUnique({
    where: { slug },
    select: {
      id: true,
      patterns: { select: { pattern: { select: { slug: true } } } },
      limits: { select: { limitId: true } },
    },
  });
  if (!row) return { ...noPages(), postmortems: [slug] };
  const related = await getRelatedPostmortems(row.id, Number.MAX_SAFE_INTEGER, tx);
  return {
    postmortems: [slug, ...related.map((r) => r.slug)],
    patterns: row.patterns.map((p) => p.pattern.slug),
    limits: row.limits.map((l) => l.limitId),
  };
}

export function mergePages(...all: PagesShowing[]): PagesShowing {
  const union = (key: keyof PagesShowing) => [...new Set(all.flatMap((pages) => pages[key]))];
  return { postmortems: union("postmortems"), patterns: union("patterns"), limits: union("limits") };
}
