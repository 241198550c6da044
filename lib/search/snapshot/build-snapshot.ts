import type { PrismaClient } from "@/lib/generated/prisma/client";

import { SEARCH_INDEX_VERSION } from "../index-version";
import { SNAPSHOT_FORMAT, type SearchSnapshot, type SnapshotDocument } from "../memory/snapshot";
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

export interface SnapshotBuild {
  snapshot: SearchSnapshot;
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
export async function buildSearchSnapshot(db: Db, options: { ids?: string[] } = {}): Promise<SnapshotBuild> {
  const takenAt = new Date().toISOString();
  const documents = await readSnapshotDocuments(db, options.ids);
  const { stems, words, agreed } = await stemExceptions(db, documents);
  return {
    snapshot: { format: SNAPSHOT_FORMAT, indexVersion: SEARCH_INDEX_VERSION, takenAt, documents, stems },
    words,
    agreed,
  };
}

/** The published documents (of `ids` only, when given), in id order. */
export async function readSnapshotDocuments(db: Db, ids?: string[]): Promise<SnapshotDocument[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT id, kind, slug, url, title, sections, signatures, lexemes, pattern_slugs, provider, platform,
      components, severity, status, year, origin,
      (SELECT coalesce(json_agg(json_build_array(u.lexeme, array_to_string(u.weights, ''))), '[]'::json)
        FROM unnest(document) u) AS terms,
      tsvector_to_array(key_vector) AS key
    FROM search_documents
    WHERE (kind <> 'postmortem' OR status = 'published') IS TRUE
      AND (${ids ?? null}::text[] IS NULL OR id = ANY(${ids ?? []}::text[]))
    ORDER BY id`;
  return rows.map(toSnapshotDocument);
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
