// No "server-only": content:import reaches it from scripts (lib/cache/pages-showing.ts, inside a write).
import { visiblePostmortems } from "./visibility";
import { readDb } from "@/lib/db";

export type RelationKind = "pattern" | "limit" | "signature" | "component";

export interface RelatedReason {
  kind: RelationKind;
  label: string;
}

export interface RelatedPostmortem {
  slug: string;
  title: string;
  severity: string | null;
  score: number;
  reasons: RelatedReason[];
}

// A shared failure pattern says the most about a shared mechanism, then a
// shared limit, then a similar error signature; a shared component the least.
const WEIGHT = { pattern: 3, limit: 2, signature: 2, component: 0.5 } as const;
const SIGNATURE_SIMILARITY = 0.6;

/**
 * Published postmortems that share something with this one, strongest first,
 * each with the reasons. One query; every branch starts from an index.
 */
export async function getRelatedPostmortems(
  postmortemId: string,
  limit = 8,
  /** inside a write's transaction: its client (PGlite has one connection) */
  client: Pick<typeof readDb, "$queryRaw" | "postmortem"> = readDb,
): Promise<RelatedPostmortem[]> {
  const rows = await client.$queryRaw<Array<{ id: string; kind: RelationKind; label: string; weight: number }>>`
    WITH me AS (SELECT id, component_keys FROM postmortems WHERE id = ${postmortemId}::uuid)
    SELECT o.postmortem_id AS id, 'pattern' AS kind, fp.name AS label, ${WEIGHT.pattern}::float8 AS weight
      FROM postmortem_patterns m
      JOIN postmortem_patterns o ON o.pattern_id = m.pattern_id AND o.postmortem_id <> m.postmortem_id
      JOIN failure_patterns fp ON fp.id = m.pattern_id
      WHERE m.postmortem_id = ${postmortemId}::uuid
    UNION ALL
    SELECT o.postmortem_id, 'limit', l.name, ${WEIGHT.limit}::float8
      FROM postmortem_limits m
      JOIN postmortem_limits o ON o.limit_id = m.limit_id AND o.postmortem_id <> m.postmortem_id
      JOIN limits l ON l.id = m.limit_id
      WHERE m.postmortem_id = ${postmortemId}::uuid
    UNION ALL
    SELECT s.postmortem_id, 'signature', s.text, ${WEIGHT.signature}::float8 * max(sim.value)
      FROM error_signatures m
      JOIN error_signatures s ON (s.text % m.text OR m.text <% s.text OR s.text <% m.text) AND s.postmortem_id <> m.postmortem_id
      CROSS JOIN LATERAL (SELECT greatest(similarity(s.text, m.text), word_similarity(m.text, s.text), word_similarity(s.text, m.text)) AS value) sim
      WHERE m.postmortem_id = ${postmortemId}::uuid AND sim.value >= ${SIGNATURE_SIMILARITY}
      GROUP BY s.postmortem_id, s.text
    UNION ALL
    SELECT p.id, 'component', k, ${WEIGHT.component}::float8
      FROM me, postmortems p CROSS JOIN LATERAL unnest(p.component_keys) AS k
      WHERE p.component_keys && me.component_keys AND p.id <> me.id AND k = ANY (me.component_keys)`;

  const byId = new Map<string, { score: number; reasons: Array<RelatedReason & { weight: number }> }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { score: 0, reasons: [] };
    entry.score += row.weight;
    entry.reasons.push({ kind: row.kind, label: row.label, weight: row.weight });
    byId.set(row.id, entry);
  }
  if (byId.size === 0) return [];
  const postmortems = await client.postmortem.findMany({
    where: { id: { in: [...byId.keys()] }, ...visiblePostmortems(null) },
    select: { id: true, slug: true, title: true, severity: true },
  });
  return postmortems
    .map((pm) => {
      const entry = byId.get(pm.id)!;
      const reasons = entry.reasons
        .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
        .map(({ kind, label }) => ({ kind, label }));
      return {
        slug: pm.slug,
        title: pm.title,
        severity: pm.severity,
        score: Math.round(entry.score * 100) / 100,
        reasons,
      };
    })
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}
