import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { postmortemInclude } from "@/lib/postmortems/include";

import { limitDocument, patternDocument, postmortemDocument, type SearchDocumentRow } from "./search-document";

type Db = Prisma.TransactionClient | PrismaClient;

export interface RefreshTarget {
  postmortemIds?: string[];
  patternIds?: string[];
  limitIds?: string[];
}

export interface RefreshReport {
  written: number;
  removed: number;
}

const BATCH = 200;

/** The search_terms row (no lexeme is empty) that counts the documents: words in a large share of them are too common to filter by. */
export const DOCUMENT_COUNT = "";

/**
 * Whether a search_documents row is one anyone may read (a pattern, a limit or a
 * published postmortem; see canRead in lib/postmortems/visibility.ts): ndoc_published
 * counts only these, so that a reader's search reveals no word of a draft.
 */
const readable = Prisma.sql`(kind <> 'postmortem' OR status = 'published') IS TRUE`;

/**
 * Rebuilds the search documents of the given postmortems, patterns and limits
 * (or of everything with "all") and keeps the lexeme document frequencies in
 * `search_terms` (of all documents, and of those anyone may read) in step.
 * Call it in the transaction that wrote the source rows, so search never sees
 * a half-written postmortem. An id whose row no longer exists has its
 * document removed. A pattern or limit whose name changed also refreshes the
 * postmortems that link to it (they index its name).
 */
export async function refreshSearchDocuments(
  db: Db,
  target: RefreshTarget | "all",
  options: { batchSize?: number; overlap?: boolean } = {},
): Promise<RefreshReport> {
  const batch = options.batchSize ?? BATCH;
  const report: RefreshReport = { written: 0, removed: 0 };
  if (target === "all") {
    await refreshLimits(
      db,
      (await db.limit.findMany({ select: { id: true } })).map((l) => l.id),
      report,
      false,
    );
    await refreshPatterns(
      db,
      (await db.failurePattern.findMany({ select: { id: true } })).map((p) => p.id),
      report,
      false,
    );
    // On request (a client with a pool of two or more, not a transaction), build the next
    // batch in TypeScript while PostgreSQL stores this one.
    const overlap = options.overlap === true && typeof (db as { $transaction?: unknown }).$transaction === "function";
    let storing: Promise<number> = Promise.resolve(0);
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.postmortem.findMany({
        take: batch,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        orderBy: { id: "asc" },
        include: postmortemInclude,
      });
      if (rows.length === 0) break;
      const documents = rows.map(postmortemDocument);
      report.written += await storing;
      storing = storeDocuments(db, documents);
      if (!overlap) report.written += await storing.then((n) => ((storing = Promise.resolve(0)), n));
      cursor = rows.at(-1)!.id;
    }
    report.written += await storing;
    report.removed += await removeOrphans(db);
    return report;
  }
  const dependents = new Set<string>();
  for (const id of await refreshLimits(db, target.limitIds ?? [], report, true)) dependents.add(id);
  for (const id of await refreshPatterns(db, target.patternIds ?? [], report, true)) dependents.add(id);
  const postmortemIds = [...new Set([...(target.postmortemIds ?? []), ...dependents])];
  for (let i = 0; i < postmortemIds.length; i += batch) {
    const ids = postmortemIds.slice(i, i + batch);
    const rows = await db.postmortem.findMany({ where: { id: { in: ids } }, include: postmortemInclude });
    report.written += await storeDocuments(db, rows.map(postmortemDocument));
    const found = new Set(rows.map((r) => r.id));
    report.removed += await removeDocuments(
      db,
      ids.filter((id) => !found.has(id)).map((id) => `postmortem:${id}`),
    );
  }
  return report;
}

/** Returns the postmortems to refresh because a limit's name changed. */
async function refreshLimits(db: Db, ids: string[], report: RefreshReport, withDependents: boolean): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.limit.findMany({ where: { id: { in: ids } } });
  const renamed = withDependents
    ? await renamedSources(
        db,
        "limit",
        rows.map((r) => [r.id, r.name]),
      )
    : [];
  report.written += await storeDocuments(db, rows.map(limitDocument));
  const found = new Set(rows.map((r) => r.id));
  report.removed += await removeDocuments(
    db,
    ids.filter((id) => !found.has(id)).map((id) => `limit:${id}`),
  );
  if (renamed.length === 0) return [];
  return (
    await db.postmortemLimit.findMany({ where: { limitId: { in: renamed } }, select: { postmortemId: true } })
  ).map((r) => r.postmortemId);
}

async function refreshPatterns(
  db: Db,
  ids: string[],
  report: RefreshReport,
  withDependents: boolean,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.failurePattern.findMany({ where: { id: { in: ids } } });
  const renamed = withDependents
    ? await renamedSources(
        db,
        "pattern",
        rows.map((r) => [r.id, r.name]),
      )
    : [];
  report.written += await storeDocuments(db, rows.map(patternDocument));
  const found = new Set(rows.map((r) => r.id));
  report.removed += await removeDocuments(
    db,
    ids.filter((id) => !found.has(id)).map((id) => `pattern:${id}`),
  );
  if (renamed.length === 0) return [];
  return (
    await db.postmortemPattern.findMany({ where: { patternId: { in: renamed } }, select: { postmortemId: true } })
  ).map((r) => r.postmortemId);
}

/** Ids whose stored document has another title (or none yet): their linking postmortems index the old name. */
async function renamedSources(db: Db, kind: "pattern" | "limit", current: Array<[string, string]>): Promise<string[]> {
  const ids = current.map(([id]) => id);
  const stored = await db.$queryRaw<Array<{ ref_id: string; title: string }>>`
    SELECT ref_id, title FROM search_documents WHERE kind = ${kind} AND ref_id = ANY(${ids}::text[])`;
  const titles = new Map(stored.map((s) => [s.ref_id, s.title]));
  return current.filter(([id, name]) => titles.get(id) !== name).map(([id]) => id);
}

/**
 * Upserts documents in one statement: PostgreSQL builds the weighted
 * tsvectors from the token text, and the lexeme counts of the replaced and
 * new documents are applied to search_terms (in lexeme order, so concurrent
 * writers lock the same rows in the same order). A document whose status
 * changes between draft and published moves its lexemes in or out of
 * ndoc_published even when its words stay the same.
 */
export async function storeDocuments(db: Db, rows: SearchDocumentRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  await db.$executeRaw`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
        id text, kind text, ref_id text, slug text, url text, title text, sections jsonb, signatures text[],
        a text, b text, c text, d text, k text, pattern_slugs text[], provider text, platform text,
        components text[], severity text, status text, year integer, origin text)
    ), built AS (
      SELECT i.*,
        setweight(to_tsvector('english', i.a), 'A') || setweight(to_tsvector('english', i.b), 'B') ||
        setweight(to_tsvector('english', i.c), 'C') || setweight(to_tsvector('english', i.d), 'D') AS document,
        to_tsvector('english', i.k) AS key_vector,
        ${readable} AS readable
      FROM input i
    ), previous AS (
      SELECT s.document, ${readable} AS readable FROM search_documents s WHERE s.id IN (SELECT id FROM input)
    ), upserted AS (
      INSERT INTO search_documents AS s (id, kind, ref_id, slug, url, title, sections, signatures, document, key_vector,
        pattern_slugs, provider, platform, components, severity, status, year, origin, lexemes, updated_at)
      SELECT id, kind, ref_id, slug, url, title, sections, signatures, document, key_vector,
        pattern_slugs, provider, platform, components, severity, status, year, origin, length(document), now()
      FROM built
      ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, url = excluded.url, title = excluded.title,
        sections = excluded.sections, signatures = excluded.signatures, document = excluded.document,
        key_vector = excluded.key_vector, pattern_slugs = excluded.pattern_slugs, provider = excluded.provider,
        platform = excluded.platform, components = excluded.components, severity = excluded.severity,
        status = excluded.status, year = excluded.year, origin = excluded.origin, lexemes = excluded.lexemes,
        updated_at = excluded.updated_at
      RETURNING 1
    ), changes AS (
      SELECT unnest(tsvector_to_array(document)) AS lexeme, 1 AS n, readable FROM built
      UNION ALL
      SELECT unnest(tsvector_to_array(document)), -1, readable FROM previous
      UNION ALL
      SELECT ${DOCUMENT_COUNT}, 1, readable FROM built
      UNION ALL
      SELECT ${DOCUMENT_COUNT}, -1, readable FROM previous
    ), delta AS (
      SELECT lexeme, sum(n)::integer AS n, coalesce(sum(n) FILTER (WHERE readable), 0)::integer AS p
      FROM changes GROUP BY lexeme
      HAVING sum(n) <> 0 OR coalesce(sum(n) FILTER (WHERE readable), 0) <> 0
    )
    INSERT INTO search_terms AS t (term, ndoc, ndoc_published)
    SELECT lexeme, n, p FROM delta ORDER BY lexeme
    ON CONFLICT (term) DO UPDATE SET ndoc = greatest(t.ndoc + excluded.ndoc, 0),
      ndoc_published = greatest(t.ndoc_published + excluded.ndoc_published, 0)`;
  return rows.length;
}

async function removeDocuments(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.$executeRaw`
    WITH gone AS (
      DELETE FROM search_documents WHERE id = ANY(${ids}::text[]) RETURNING document, ${readable} AS readable
    ), delta AS (
      SELECT lexeme, count(*)::integer AS n, (count(*) FILTER (WHERE gone.readable))::integer AS p
      FROM gone, unnest(tsvector_to_array(gone.document)) AS lexeme GROUP BY lexeme
      UNION ALL
      SELECT ${DOCUMENT_COUNT}, count(*)::integer, (count(*) FILTER (WHERE gone.readable))::integer FROM gone
    )
    UPDATE search_terms t SET ndoc = greatest(t.ndoc - delta.n, 0), ndoc_published = greatest(t.ndoc_published - delta.p, 0)
    FROM delta WHERE t.term = delta.lexeme`;
}

async function removeOrphans(db: Db): Promise<number> {
  // One anti-join per kind: NOT EXISTS under OR would be a subplan per row.
  const orphans = await db.$queryRaw<Array<{ id: string }>>`
    SELECT s.id FROM search_documents s WHERE s.kind = 'postmortem' AND NOT EXISTS (SELECT 1 FROM postmortems p WHERE p.id::text = s.ref_id)
    UNION ALL
    SELECT s.id FROM search_documents s WHERE s.kind = 'pattern' AND NOT EXISTS (SELECT 1 FROM failure_patterns p WHERE p.id::text = s.ref_id)
    UNION ALL
    SELECT s.id FROM search_documents s WHERE s.kind = 'limit' AND NOT EXISTS (SELECT 1 FROM limits l WHERE l.id = s.ref_id)`;
  await removeDocuments(
    db,
    orphans.map((o) => o.id),
  );
  return orphans.length;
}
