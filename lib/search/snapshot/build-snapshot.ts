import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

import { SEARCH_INDEX_VERSION } from "../index-version";
import { SNAPSHOT_VERSION, type SearchSnapshot, type SnapshotDocument } from "../memory/snapshot";
import { localLexeme } from "../memory/stem";
import { normalizeLogText } from "../normalize-query";
import type { SearchSection } from "../search-document";
import { indexText } from "../tokens";

/** ts_rank's default weights of D, C, B, A, and the limit of Σ 1/i² it divides by. */
const RANK_WEIGHT: Record<string, number> = { D: 0.1, C: 0.2, B: 0.4, A: 1.0 };
const PI2_6 = 1.64493406685;

interface Row {
  id: string;
  kind: SnapshotDocument["kind"];
  slug: string;
  url: string;
  title: string;
  sections: SearchSection[] | string;
  signatures: string[];
  terms: Array<[string, string]> | string;
  key: string[];
  lexemes: number;
  pattern_slugs: string[];
  provider: string | null;
  platform: string | null;
  components: string[];
  severity: string | null;
  status: string | null;
  year: number | null;
  origin: string | null;
}

/** A snapshot with the row version (xmin) of each document it holds, to tell what a refresh must read again. */
export interface HeldSnapshot {
  snapshot: SearchSnapshot;
  versions: Map<string, string>;
}

export interface SnapshotBuild extends HeldSnapshot {
  /** distinct words of the documents, and how many of them stem.ts stems as PostgreSQL did */
  words: number;
  agreed: number;
}

type Db = Pick<PrismaClient, "$queryRaw">;

/**
 * Reads the published search documents (patterns, limits, published
 * postmortems: what anyone may read, since browsers download it) into a
 * snapshot, with each lexeme's ts_rank weight and the words whose stem
 * PostgreSQL makes otherwise than stem.ts. Two queries.
 */
export async function buildSearchSnapshot(db: Db): Promise<SnapshotBuild> {
  const takenAt = new Date().toISOString();
  const rows = await readSnapshotDocuments(db);
  const documents = rows.map((r) => r.document);
  const { stems, words, agreed } = await stemExceptions(db, documents);
  return {
    snapshot: { version: SNAPSHOT_VERSION, indexVersion: SEARCH_INDEX_VERSION, takenAt, documents, stems },
    versions: new Map(rows.map((r) => [r.document.id, r.version])),
    words,
    agreed,
  };
}

/**
 * The snapshot brought up to date: one light query lists the published
 * documents with their row versions; only new and changed ones are read
 * again. Returns `held` itself when nothing changed.
 */
export async function refreshSnapshot(db: Db, held: HeldSnapshot): Promise<HeldSnapshot> {
  const current = await db.$queryRaw<Array<{ id: string; version: string }>>`
    SELECT id, xmin::text AS version FROM search_documents WHERE ${READABLE} ORDER BY ctid`;
  const changed = current.filter((c) => held.versions.get(c.id) !== c.version).map((c) => c.id);
  if (!changed.length && current.length === held.versions.size) return held;
  const rows = changed.length ? await readSnapshotDocuments(db, changed) : [];
  const fresh = new Map(rows.map((r) => [r.document.id, r]));
  const old = new Map(held.snapshot.documents.map((d) => [d.id, d]));
  const documents = current
    .map((c) => fresh.get(c.id)?.document ?? old.get(c.id))
    .filter((d): d is SnapshotDocument => d !== undefined);
  const { stems } = await stemExceptions(
    db,
    rows.map((r) => r.document),
  );
  return {
    snapshot: {
      ...held.snapshot,
      takenAt: new Date().toISOString(),
      documents,
      stems: { ...held.snapshot.stems, ...stems },
    },
    versions: new Map(documents.map((d) => [d.id, fresh.get(d.id)?.version ?? held.versions.get(d.id)!])),
  };
}

/** Anyone may read it: a pattern, a limit or a published postmortem (the rule of refresh-search-documents.ts). */
const READABLE = Prisma.sql`(kind <> 'postmortem' OR status = 'published') IS TRUE`;

/** The published documents (of `ids` only, when given) in heap order (see documentsMatching), with their row versions. */
async function readSnapshotDocuments(
  db: Db,
  ids?: string[],
): Promise<Array<{ document: SnapshotDocument; version: string }>> {
  const rows = await db.$queryRaw<Array<Row & { version: string }>>`
    SELECT id, xmin::text AS version, kind, slug, url, title, sections, signatures, lexemes, pattern_slugs, provider, platform,
      components, severity, status, year, origin,
      (SELECT coalesce(json_agg(json_build_array(u.lexeme, array_to_string(u.weights, ''))), '[]'::json)
        FROM unnest(document) u) AS terms,
      tsvector_to_array(key_vector) AS key
    FROM search_documents
    WHERE ${READABLE} ${ids ? Prisma.sql`AND id = ANY(${ids}::text[])` : Prisma.empty}
    ORDER BY ctid`;
  return rows.map((row) => ({ document: toSnapshotDocument(row), version: row.version }));
}

function toSnapshotDocument(row: Row): SnapshotDocument {
  const parsed = typeof row.terms === "string" ? (JSON.parse(row.terms) as Array<[string, string]>) : row.terms;
  const terms = parsed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    url: row.url,
    title: row.title,
    sections: typeof row.sections === "string" ? (JSON.parse(row.sections) as SearchSection[]) : row.sections,
    signatures: row.signatures,
    terms: terms.map(([lexeme]) => lexeme),
    ranks: terms.map(([, weights]) => rankWeight(weights)),
    key: [...row.key].sort(),
    length: row.lexemes,
    patternSlugs: row.pattern_slugs,
    provider: row.provider,
    platform: row.platform,
    components: row.components,
    severity: row.severity,
    status: row.status,
    year: row.year,
    origin: row.origin,
  };
}

/** One lexeme's part of ts_rank (calc_rank_or): its positions' weights, in position order. */
export function rankWeight(weights: string): number {
  let sum = 0;
  let max = -1;
  let at = 0;
  [...weights].forEach((w, j) => {
    const value = RANK_WEIGHT[w] ?? RANK_WEIGHT.D!;
    sum += value / ((j + 1) * (j + 1));
    if (value > max) {
      max = value;
      at = j;
    }
  });
  if (max < 0) return 0;
  const r = (max + sum - max / ((at + 1) * (at + 1))) / PI2_6;
  return Math.round(r * 1e5) / 1e5;
}

/** The words the documents were indexed from (their sections and slug, through the same tokenizer). */
export function wordsOf(documents: SnapshotDocument[]): Set<string> {
  const words = new Set<string>();
  for (const d of documents) {
    for (const token of indexText(d.slug).split(" ")) if (token) words.add(token);
    for (const s of d.sections)
      for (const token of indexText(normalizeLogText(s.t)).split(" ")) if (token) words.add(token);
  }
  return words;
}

async function stemExceptions(db: Db, documents: SnapshotDocument[]) {
  const words = [...wordsOf(documents)];
  if (!words.length) return { stems: {}, words: 0, agreed: 0 };
  const rows = await db.$queryRaw<Array<{ word: string; lexeme: string | null }>>`
    SELECT u.word, (tsvector_to_array(to_tsvector('english', u.word)))[1] AS lexeme
    FROM unnest(${words}::text[]) AS u(word)`;
  const stems: Record<string, string> = {};
  let agreed = 0;
  for (const { word, lexeme } of rows) {
    if (localLexeme(word) === lexeme) agreed++;
    else stems[word] = lexeme ?? "";
  }
  return { stems, words: rows.length, agreed };
}
