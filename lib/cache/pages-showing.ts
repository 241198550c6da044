// No "server-only": content:import reaches it from scripts through writeWithRevision, writePattern and writeLimit.
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

/**
 * A pattern's page (its origin copies go with it in invalidatePages), the
 * pages of the patterns it links with either way (they show its name), and
 * every postmortem that shows it, whatever its status (a draft's page is not
 * cached, but it costs nothing to drop). Read before and after the write.
 */
export async function pagesShowingPattern(tx: Prisma.TransactionClient, slug: string): Promise<PagesShowing> {
  const row = await tx.failurePattern.findUnique({
    where: { slug },
    select: {
      postmortems: { select: { postmortem: { select: { slug: true } } } },
      relatedTo: { select: { to: { select: { slug: true } } } },
      relatedFrom: { select: { from: { select: { slug: true } } } },
    },
  });
  return {
    postmortems: row?.postmortems.map((p) => p.postmortem.slug) ?? [],
    patterns: [
      slug,
      ...(row?.relatedTo.map((r) => r.to.slug) ?? []),
      ...(row?.relatedFrom.map((r) => r.from.slug) ?? []),
    ],
    limits: [],
  };
}

/** A limit's page and every postmortem that names it. Read before and after the write. */
export async function pagesShowingLimit(tx: Prisma.TransactionClient, id: string): Promise<PagesShowing> {
  const rows = await tx.postmortemLimit.findMany({
    where: { limitId: id },
    select: { postmortem: { select: { slug: true } } },
  });
  return { postmortems: rows.map((r) => r.postmortem.slug), patterns: [], limits: [id] };
}

export function mergePages(...all: PagesShowing[]): PagesShowing {
  const union = (key: keyof PagesShowing) => [...new Set(all.flatMap((pages) => pages[key]))];
  return { postmortems: union("postmortems"), patterns: union("patterns"), limits: union("limits") };
}
