import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { ensureSearchIndexCurrent, SEARCH_INDEX_VERSION } from "@/lib/search/index-version";

import { contentDir } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
before(async () => {
  database = await createContentDatabase(contentDir);
});
after(() => database.drop());

describe(`the search index version (${engine})`, () => {
  test("documents built by another tokenizer version are rebuilt once, then left alone", async () => {
    const prisma = database.prisma;
    await prisma.searchIndexState.upsert({
      where: { id: 1 },
      create: { id: 1, version: SEARCH_INDEX_VERSION - 1 },
      update: { version: SEARCH_INDEX_VERSION - 1 },
    });
    // An old document: its lexemes are gone, as if an earlier tokenizer had made them.
    await prisma.$executeRaw`UPDATE search_documents SET document = ''::tsvector WHERE kind = 'postmortem'`;
    assert.equal(await ensureSearchIndexCurrent(prisma), true);
    const empty = await prisma.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM search_documents WHERE kind = 'postmortem' AND document = ''::tsvector`;
    assert.equal(empty[0]!.n, 0, "every postmortem document was rebuilt");
    assert.equal((await prisma.searchIndexState.findUniqueOrThrow({ where: { id: 1 } })).version, SEARCH_INDEX_VERSION);
    assert.equal(await ensureSearchIndexCurrent(prisma), false);
  });
});
