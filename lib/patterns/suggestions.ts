import "server-only";

import { visiblePostmortems, visibleStatus } from "@/lib/postmortems/visibility";
import { db } from "@/lib/db";
import { searchEverything } from "@/lib/search/search-everything";
import type { SearchResultItem } from "@/lib/search/types";

export interface PatternSuggestion {
  slug: string;
  name: string;
  /** 0..1: how strongly the text points at the pattern. */
  score: number;
  why: string;
}

/** Direct resemblance to the pattern's own text vs. being shown by incidents that resemble the text. */
const DIRECT = 0.6;
const VIA_INCIDENTS = 0.4;

/**
 * Failure patterns for a postmortem being written, from the text so far
 * (summary, trigger, root cause, error lines...). It asks the outage search
 * (lib/search) rather than a query of its own: that search already handles
 * what editors paste (log lines with timestamps and ids, identifiers such as
 * members_per_pool, Chinese error text, typos) over the same weighted
 * documents. A pattern scores by its own match and by the published
 * postmortems that match and show it (noisy-or, so several similar incidents
 * add up without passing 1).
 */
export async function suggestPatterns(
  text: string,
  options: { limit?: number; exclude?: string } = {},
): Promise<PatternSuggestion[]> {
  if (text.trim().length < 3) return [];
  const result = await searchEverything({ q: text, status: visibleStatus("any", null), limit: 10, offset: 0 });
  const direct = result.groups.patterns.items;
  const incidents = result.groups.postmortems.items.filter((item) => item.slug !== options.exclude);
  const relative = (items: SearchResultItem[]) => {
    const top = Math.max(0, ...items.map((i) => i.score)) || 1;
    return new Map(items.map((i) => [i.slug, Math.max(0, i.score) / top]));
  };
  const directScore = relative(direct);
  const incidentScore = relative(incidents);

  const links = incidents.length
    ? await db.postmortemPattern.findMany({
        where: { postmortem: { slug: { in: incidents.map((i) => i.slug) }, ...visiblePostmortems(null) } },
        select: {
          postmortem: { select: { slug: true, title: true } },
          pattern: { select: { slug: true, name: true } },
        },
      })
    : [];

  const byPattern = new Map<
    string,
    { name: string; direct: number; directWhy?: string; incidents: Array<{ title: string; score: number }> }
  >();
  const entry = (slug: string, name: string) => {
    let e = byPattern.get(slug);
    if (!e) byPattern.set(slug, (e = { name, direct: 0, incidents: [] }));
    return e;
  };
  for (const item of direct) {
    const e = entry(item.slug, item.title);
    e.direct = directScore.get(item.slug) ?? 0;
    e.directWhy = item.why;
  }
  for (const link of links) {
    entry(link.pattern.slug, link.pattern.name).incidents.push({
      title: link.postmortem.title,
      score: incidentScore.get(link.postmortem.slug) ?? 0,
    });
  }

  return [...byPattern.entries()]
    .map(([slug, e]) => {
      const sorted = e.incidents.sort((a, b) => b.score - a.score);
      const viaIncidents = 1 - sorted.reduce((miss, i) => miss * (1 - i.score), 1);
      const reasons = [
        ...(e.directWhy ? [e.directWhy] : []),
        ...(sorted.length
          ? [
              `shown by ${sorted.length === 1 ? "a similar incident" : `${sorted.length} similar incidents`}: ${sorted
                .slice(0, 3)
                .map((i) => `“${i.title}”`)
                .join(", ")}`,
            ]
          : []),
      ];
      return {
        slug,
        name: e.name,
        score: Math.round((DIRECT * e.direct + VIA_INCIDENTS * viaIncidents) * 1000) / 1000,
        why: reasons.join("; "),
      };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, options.limit ?? 5);
}
