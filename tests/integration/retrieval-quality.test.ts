import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { scoreRetrieval, type RetrievalFigures, type RetrievalQueries } from "../../bench/retrieval-score";
import { contentDir, packDir, repoRoot } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

// Floors a little below what `npm run bench:retrieval` measures (BENCHMARKS.md): a change that
// makes search worse at naming an outage, or at saying it does not know, fails here.
const floors = {
  incidentAt1: 0.87,
  patternAt3Hidden: 0.93,
  patternAt3Strict: 0.82,
  signatureAt1: 1,
  negativesFlagged: 0.92,
  positivesFlagged: 0.07,
};

let database: TestDatabase;
let figures: RetrievalFigures;
before(async () => {
  database = await createContentDatabase(contentDir, packDir);
  const queries = JSON.parse(
    readFileSync(path.join(repoRoot, "bench/retrieval/queries.json"), "utf8"),
  ) as RetrievalQueries;
  figures = await scoreRetrieval(database.prisma, queries);
});
after(() => database.drop());

const share = (r: { hits: number; total: number }) => r.hits / r.total;

describe(`retrieval quality over content/ and the pack (${engine})`, () => {
  test("the right incident comes first for an engineer's words or pasted error", () => {
    assert.ok(share(figures.incidentAt1) >= floors.incidentAt1, JSON.stringify(figures.incidentAt1));
  });

  test("with the incident itself hidden, its failure pattern is still in the top three", () => {
    assert.ok(share(figures.patternAt3Hidden) >= floors.patternAt3Hidden, JSON.stringify(figures.patternAt3Hidden));
    assert.ok(share(figures.patternAt3Strict) >= floors.patternAt3Strict, JSON.stringify(figures.patternAt3Strict));
  });

  test("every verbatim signature finds its postmortem first", () => {
    assert.equal(
      share(figures.signatureAt1),
      floors.signatureAt1,
      figures.misses.filter((m) => m.startsWith("signature")).join("\n"),
    );
  });

  test("failures the knowledge base does not know are answered with low or no confidence", () => {
    assert.ok(share(figures.negativesFlagged) >= floors.negativesFlagged, JSON.stringify(figures.negativesFlagged));
    assert.ok(share(figures.positivesFlagged) <= floors.positivesFlagged, JSON.stringify(figures.positivesFlagged));
  });
});
