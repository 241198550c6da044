import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { PrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { writePostmortem } from "@/lib/postmortems/write-postmortem";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";
import type { SearchResponse } from "@/lib/search/types";
import { postmortemSchema } from "@/lib/validations/postmortem";
import { searchParamsSchema, type SearchParamsInput } from "@/lib/validations/search";

import { contentDir } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

// Issue "No draft leaks": what a reader's search answers (corrections, terms,
// ignored words, confidence, results, scores) must not depend on words that
// occur only in postmortems the reader cannot see. Runs on PGlite, or on
// PostgreSQL when DATABASE_URL is set.

const WORD = "systemoomzz";
const TYPO = "systemoomzzz";
const MIGRATION = "20261201020000_published_lexicon";

let database: TestDatabase;
let searchEverything: typeof import("@/lib/search/search-everything").searchEverything;
let route: typeof import("@/app/api/search/route");

before(async () => {
  database = await createContentDatabase(contentDir);
  ({ searchEverything } = await import("@/lib/search/search-everything"));
  route = await import("@/app/api/search/route");
});

after(async () => {
  await (globalThis as { hindsightPrisma?: PrismaClient }).hindsightPrisma?.$disconnect();
  await database.drop();
});

const search = (q: string, params: Omit<SearchParamsInput, "q"> = {}) =>
  searchEverything(searchParamsSchema.parse({ q, ...params }));
const asReader = (q: string) => search(q, { status: "published" });
const asAuthor = (q: string) => search(q, { status: "any" });

/** An anonymous GET /api/search that asks for drafts too: the route must answer as for any reader. */
async function anonymousGet(q: string): Promise<SearchResponse> {
  const response = await route.GET(new Request(`http://localhost/api/search?q=${encodeURIComponent(q)}&status=any`));
  assert.equal(response.status, 200);
  return (await response.json()) as SearchResponse;
}

const withoutTiming = ({ tookMs: _tookMs, ...rest }: SearchResponse) => rest;
const slugs = (result: SearchResponse) => Object.values(result.groups).flatMap((g) => g.items.map((i) => i.slug));

const draft = (status: "draft" | "published") =>
  postmortemSchema.parse({
    slug: "search-draft-leak-probe",
    title: `Node lost to ${WORD}`,
    summary: `A synthetic postmortem written by the draft-leak tests: ${WORD} took the node down.`,
    severity: "SEV4",
    status,
    startedAt: "2024-06-01T09:00:00+08:00",
    timeZone: "Asia/Shanghai",
    signatures: [{ text: `kernel: ${WORD} invoked on node-7`, source: "test" }],
  });

const write = (status: "draft" | "published") =>
  database.prisma.$transaction((tx) => writePostmortem(tx, draft(status)));

/** ndoc_published as recounted from the documents anyone may read, next to the stored value, where they differ. */
const publishedCountsDiffer = () => database.prisma.$queryRaw<
  Array<{ term: string; stored: number; recounted: number }>
>`
  WITH readable AS (
    SELECT document FROM search_documents WHERE kind <> 'postmortem' OR status = 'published'
  ), counts AS (
    SELECT lexeme, count(*)::int AS n FROM readable, unnest(tsvector_to_array(readable.document)) AS lexeme GROUP BY lexeme
    UNION ALL
    SELECT '', count(*)::int FROM readable
  )
  SELECT coalesce(t.term, c.lexeme) AS term, coalesce(t.ndoc_published, 0) AS stored, coalesce(c.n, 0) AS recounted
  FROM search_terms t FULL JOIN counts c ON c.lexeme = t.term
  WHERE coalesce(t.ndoc_published, 0) <> coalesce(c.n, 0)
  ORDER BY 1 LIMIT 5`;

describe(`a draft's words do not leak into readers' searches (${engine})`, () => {
  const queries = [TYPO, WORD, `${WORD} node quota exceeded`, `memebers_per_pool ${TYPO}`];
  /** One after the other: the answers of each query, without their timing. */
  const answers = async (ask: (q: string) => Promise<SearchResponse>) => {
    const all: Array<Omit<SearchResponse, "tookMs">> = [];
    for (const q of queries) all.push(withoutTiming(await ask(q)));
    return all;
  };
  let answered: Array<Omit<SearchResponse, "tookMs">> = [];
  let answeredAnonymous: Array<Omit<SearchResponse, "tookMs">> = [];

  test("with the draft written, a reader's search answers exactly what it answered before it existed", async () => {
    answered = await answers(asReader);
    answeredAnonymous = await answers(anonymousGet);
    await write("draft");
    assert.deepEqual(await answers(asReader), answered);
    assert.deepEqual(await answers(anonymousGet), answeredAnonymous);
  });

  test(`a reader's typo ${TYPO} is not corrected to the draft's ${WORD}`, async () => {
    for (const result of [await asReader(TYPO), await anonymousGet(TYPO)]) {
      assert.ok(!result.query.corrections.some((c) => c.to.includes(WORD)), JSON.stringify(result.query.corrections));
      assert.doesNotMatch(JSON.stringify(result), new RegExp(`\\b${WORD}\\b`));
      assert.deepEqual(slugs(result), []);
    }
  });

  test(`a reader's exact ${WORD} is ignored, is no term and finds nothing`, async () => {
    for (const result of [await asReader(WORD), await anonymousGet(WORD)]) {
      assert.ok(result.query.ignored.includes(WORD), JSON.stringify(result.query));
      assert.ok(!result.query.terms.includes(WORD), JSON.stringify(result.query));
      assert.deepEqual(result.query.corrections, []);
      assert.deepEqual(slugs(result), []);
    }
  });

  test(`an author finds the draft by ${WORD} and has ${TYPO} corrected to it`, async () => {
    const exact = await asAuthor(WORD);
    assert.ok(exact.query.terms.includes(WORD), JSON.stringify(exact.query));
    assert.deepEqual(exact.groups.postmortems.items[0]?.slug, "search-draft-leak-probe");
    const typo = await asAuthor(TYPO);
    assert.deepEqual(typo.query.corrections, [{ from: TYPO, to: WORD }]);
    assert.equal(typo.groups.postmortems.items[0]?.slug, "search-draft-leak-probe");
  });

  test("a published word still corrects for readers", async () => {
    const result = await asReader("memebers_per_pool");
    assert.ok(
      result.query.corrections.some((c) => c.to === "membersperpool"),
      JSON.stringify(result.query.corrections),
    );
    assert.equal(result.groups.postmortems.items[0]?.slug, "cce-elb-members-per-pool-quota");
  });

  test("publishing the draft shows its words to readers; taking it back to draft hides them again", async () => {
    await write("published");
    const typo = await asReader(TYPO);
    assert.deepEqual(typo.query.corrections, [{ from: TYPO, to: WORD }]);
    assert.equal(typo.groups.postmortems.items[0]?.slug, "search-draft-leak-probe");
    assert.ok((await anonymousGet(WORD)).query.terms.includes(WORD));

    await write("draft");
    assert.deepEqual(await answers(asReader), answered);
    assert.deepEqual(await answers(anonymousGet), answeredAnonymous);
  });

  test("ndoc_published is what a recount of the readable documents gives, after writes, deletes and a rebuild", async () => {
    assert.deepEqual(await publishedCountsDiffer(), []);
    const other = await database.prisma.$transaction((tx) =>
      writePostmortem(tx, { ...draft("published"), slug: "search-draft-leak-other" }),
    );
    assert.deepEqual(await publishedCountsDiffer(), []);
    await database.prisma.postmortem.delete({ where: { id: other.id } });
    await refreshSearchDocuments(database.prisma, { postmortemIds: [other.id] });
    assert.deepEqual(await publishedCountsDiffer(), []);

    const snapshot = () => database.prisma.$queryRaw<Array<{ term: string; ndoc: number; ndoc_published: number }>>`
      SELECT term, ndoc, ndoc_published FROM search_terms WHERE ndoc > 0 OR ndoc_published > 0 ORDER BY term`;
    const counts = await snapshot();
    await database.prisma.$executeRaw`DELETE FROM search_documents`;
    await database.prisma.$executeRaw`DELETE FROM search_terms`;
    await refreshSearchDocuments(database.prisma, "all");
    assert.deepEqual(await snapshot(), counts);
  });

  test("the migration counts the readable documents of an existing database", async () => {
    const counts = await database.prisma.$queryRaw<Array<{ term: string; ndoc_published: number }>>`
      SELECT term, ndoc_published FROM search_terms ORDER BY term`;
    assert.ok(counts.some((c) => c.ndoc_published > 0));
    await database.prisma.$executeRaw`ALTER TABLE search_terms DROP COLUMN ndoc_published`;
    await database.prisma.$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name = ${MIGRATION}`;
    assert.deepEqual((await migrate(database.url)).applied, [MIGRATION]);
    assert.deepEqual(
      await database.prisma.$queryRaw`SELECT term, ndoc_published FROM search_terms ORDER BY term`,
      counts,
    );
  });
});
