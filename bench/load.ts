// Bulk-loads the synthetic corpus with createMany (multi-row INSERTs), then
// builds every search document in bulk, the way a migration of existing data
// or a re-index would.
import { randomUUID } from "node:crypto";

import pg from "pg";

import { importContent } from "@/lib/use-cases/import-content";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";

import { generateCorpus, type SyntheticPostmortem } from "./corpus";

export interface LoadReport {
  insertSeconds: number;
  indexSeconds: number;
  postmortems: number;
}

const BATCH = 1000;

export async function loadCorpus(
  prisma: PrismaClient,
  url: string,
  poolMax: number,
  size: number,
  contentDir: string,
  log: (line: string) => void,
): Promise<LoadReport> {
  const started = performance.now();
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  const imported = await importContent(prisma, contentDir);
  if (imported.errors.length) throw new Error(imported.errors.map((e) => e.message).join("\n"));
  const patternIds = new Map(
    (await prisma.failurePattern.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]),
  );
  const tagIds = new Map<string, string>();
  let batch: SyntheticPostmortem[] = [];
  let done = 0;
  const flush = async () => {
    await insertBatch(pool, batch, patternIds, tagIds);
    done += batch.length;
    batch = [];
    if (done % 10_000 === 0 || done === size)
      log(
        `  inserted ${done.toLocaleString("en-US")} postmortems (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
  };
  for (const pm of generateCorpus(size)) {
    batch.push(pm);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  await pool.end();
  const inserted = performance.now();
  // The importer's documents are rebuilt too: one pass over everything.
  await refreshSearchDocuments(prisma, "all", { batchSize: 500, overlap: poolMax > 1 });
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  return {
    insertSeconds: (inserted - started) / 1000,
    indexSeconds: (performance.now() - inserted) / 1000,
    postmortems: size + 5,
  };
}

/** One INSERT ... SELECT FROM json_to_recordset per table and batch: the JSON is parsed by PostgreSQL, not by a query builder. */
async function insertRows(
  pool: pg.Pool,
  table: string,
  columns: Record<string, string>,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const select = names.map((n) => (columns[n]!.startsWith('"') ? `"${n}"::${columns[n]}` : `"${n}"`)).join(", ");
  const record = names.map((n) => `"${n}" ${columns[n]!.startsWith('"') ? "text" : columns[n]}`).join(", ");
  await pool.query(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${select} FROM json_to_recordset($1::json) AS r(${record})`,
    [JSON.stringify(rows)],
  );
}

async function insertBatch(
  pool: pg.Pool,
  batch: SyntheticPostmortem[],
  patternIds: Map<string, string>,
  tagIds: Map<string, string>,
) {
  const newTags = [...new Set(batch.flatMap((pm) => pm.tags))].filter((t) => !tagIds.has(t));
  if (newTags.length) {
    const { rows } = await pool.query<{ id: string; name: string }>(
      `INSERT INTO tags (id, name) SELECT gen_random_uuid(), unnest($1::text[]) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id, name`,
      [newTags],
    );
    for (const t of rows) tagIds.set(t.name, t.id);
  }
  await insertRows(
    pool,
    "postmortems",
    {
      id: "uuid",
      slug: "text",
      title: "text",
      summary: "text",
      status: '"PostmortemStatus"',
      severity: '"Severity"',
      impact: "text",
      started_at: "timestamptz",
      time_zone: "text",
      cloud_provider: "text",
      region: "text",
      platform: "text",
      components: "text[]",
      trigger: "text",
      root_cause: "text",
      detection: "text",
      resolution: "text",
      went_well: "text",
      went_wrong: "text",
      got_lucky: "text",
      authors: "text[]",
    },
    batch.map((pm) => ({
      id: pm.id,
      slug: pm.slug,
      title: pm.title,
      summary: pm.summary,
      status: pm.status,
      severity: pm.severity,
      impact: pm.impact,
      started_at: pm.startedAt,
      time_zone: pm.timeZone,
      cloud_provider: pm.cloudProvider,
      region: pm.region,
      platform: pm.platform,
      components: pm.components,
      trigger: pm.trigger,
      root_cause: pm.rootCause,
      detection: pm.detection,
      resolution: pm.resolution,
      went_well: pm.wentWell,
      went_wrong: pm.wentWrong,
      got_lucky: pm.gotLucky,
      authors: ["bench"],
    })),
  );
  const each = <T>(
    pick: (pm: SyntheticPostmortem) => T[],
    map: (item: T, position: number, pm: SyntheticPostmortem) => object,
  ) => batch.flatMap((pm) => pick(pm).map((item, position) => map(item, position, pm)));
  const child = { id: "uuid", postmortem_id: "uuid", position: "integer" };
  await insertRows(
    pool,
    "timeline_events",
    { ...child, at: "timestamptz", kind: '"TimelineEventKind"', description: "text" },
    each(
      (pm) => pm.timeline,
      (e, position, pm) => ({
        id: randomUUID(),
        postmortem_id: pm.id,
        position,
        at: e.at,
        kind: e.kind,
        description: e.description,
      }),
    ),
  );
  await insertRows(
    pool,
    "contributing_factors",
    { ...child, kind: '"FactorKind"', text: "text" },
    each(
      (pm) => pm.factors,
      (f, position, pm) => ({ id: randomUUID(), postmortem_id: pm.id, position, kind: f.kind, text: f.text }),
    ),
  );
  await insertRows(
    pool,
    "action_items",
    { ...child, title: "text" },
    each(
      (pm) => pm.actionItems,
      (title, position, pm) => ({ id: randomUUID(), postmortem_id: pm.id, position, title }),
    ),
  );
  await insertRows(
    pool,
    "error_signatures",
    { ...child, text: "text", source: "text" },
    each(
      (pm) => pm.signatures,
      (s, position, pm) => ({ id: randomUUID(), postmortem_id: pm.id, position, text: s.text, source: s.source }),
    ),
  );
  await insertRows(
    pool,
    "diagrams",
    { ...child, kind: '"DiagramKind"', caption: "text", source: "text" },
    batch.map((pm) => ({
      id: randomUUID(),
      postmortem_id: pm.id,
      position: 0,
      kind: "architecture",
      caption: pm.diagramCaption,
      source: "flowchart LR\n  a --> b",
    })),
  );
  await insertRows(
    pool,
    "postmortem_patterns",
    { postmortem_id: "uuid", pattern_id: "uuid", position: "integer" },
    each(
      (pm) => pm.patterns,
      (slug, position, pm) => ({ postmortem_id: pm.id, pattern_id: patternIds.get(slug)!, position }),
    ),
  );
  await insertRows(
    pool,
    "postmortem_limits",
    { postmortem_id: "uuid", limit_id: "text", position: "integer" },
    each(
      (pm) => pm.limits,
      (limit_id, position, pm) => ({ postmortem_id: pm.id, limit_id, position }),
    ),
  );
  await insertRows(
    pool,
    "postmortem_tags",
    { postmortem_id: "uuid", tag_id: "uuid" },
    each(
      (pm) => pm.tags,
      (name, _, pm) => ({ postmortem_id: pm.id, tag_id: tagIds.get(name)! }),
    ),
  );
}
