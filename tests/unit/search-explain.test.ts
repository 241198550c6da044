import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { explainMatch } from "@/lib/search/explain";
import { highlightHtml, snippetOf } from "@/lib/search/snippets";
import { draftQuery, planQuery, type TokenAnalysis } from "@/lib/search/query-plan";
import { cjkGrams } from "@/lib/search/tokens";

// What PostgreSQL would answer for these tokens: lexeme, document count, fuzzy alternatives.
function analysis(
  entries: Record<string, [lexeme: string | null, ndoc: number, alternatives?: string[]]>,
): TokenAnalysis[] {
  return Object.entries(entries).map(([token, [lexeme, ndoc, alternatives = []]]) => ({
    token,
    lexeme,
    ndoc,
    alternatives: alternatives.map((term) => ({ term, ndoc: 3, sim: 0.7 })),
  }));
}

describe("planning a query", () => {
  test("every word is required in the strict query, the rarest in the relaxed one", () => {
    const draft = draftQuery(["spot instances out of stock"]);
    const words = analysis({
      spot: ["spot", 40],
      instances: ["instanc", 900],
      out: [null, 0],
      of: [null, 0],
      stock: ["stock", 12],
    });
    const plan = planQuery(draft, words);
    assert.equal(plan.strict, "('spot' & 'instanc' & 'stock')");
    assert.equal(plan.relaxed, "('stock' | 'spot' | 'instanc')");
    assert.equal(plan.rank, "('spot' | 'instanc' | 'stock')");
    // With document counts, the relaxed query leaves out words in a fifth of the documents or more.
    const counted = planQuery(draft, words, 2000);
    assert.equal(counted.relaxed, "('stock' | 'spot')");
    assert.equal(counted.rank, plan.rank);
  });

  test("an unknown word is dropped, or replaced by its fuzzy alternatives", () => {
    const plan = planQuery(
      draftQuery(["memebers_per_pool"]),
      analysis({
        memebers: ["memeb", 0],
        per: ["per", 5],
        pool: ["pool", 5],
        memebersperpool: ["memebersperpool", 0, ["membersperpool"]],
      }),
    );
    assert.deepEqual(plan.unknown, ["memebers"]);
    assert.equal(plan.strict, "('per' & 'pool' & 'membersperpool')");
  });

  test("an everyday word the knowledge base lacks is dropped like a stop word; a technical one is reported", () => {
    const plan = planQuery(
      draftQuery(["postgres primary full again today"]),
      analysis({
        postgres: ["postgr", 0],
        primary: ["primari", 0],
        full: ["full", 9],
        again: [null, 0],
        today: ["today", 0, ["todai"]],
      }),
    );
    assert.deepEqual(plan.unknown, ["postgres", "primary"]);
    assert.deepEqual(
      plan.slots.map((s) => s.text),
      ["full"],
    );
  });

  test("words in most documents are left to ranking", () => {
    const plan = planQuery(
      draftQuery(["error connecting to upstream"]),
      analysis({
        error: ["error", 60_000],
        connecting: ["connect", 30_000],
        to: [null, 0],
        upstream: ["upstream", 800],
      }),
      100_000,
    );
    assert.equal(plan.strict, "'upstream'");
    assert.match(plan.rank, /'error'/);
  });

  test("a multi-line paste matches strictly when any one line matches fully", () => {
    const plan = planQuery(
      draftQuery(["quota exceeded", "dns timeout"]),
      analysis({ quota: ["quota", 3], exceeded: ["exceed", 3], dns: ["dns", 4], timeout: ["timeout", 4] }),
    );
    assert.equal(plan.strict, "(('quota' & 'exceed') | ('dns' & 'timeout'))");
  });

  test("connect, connecting and connection are one slot", () => {
    const plan = planQuery(
      draftQuery(["connect connecting connection"]),
      analysis({ connect: ["connect", 9], connecting: ["connect", 9], connection: ["connect", 9] }),
    );
    assert.equal(plan.slots.length, 1);
    assert.equal(plan.strict, "'connect'");
  });

  test("a Chinese run needs all its bigrams, or its glossary English", () => {
    const grams = cjkGrams("配额");
    const plan = planQuery(draftQuery(["配额"]), analysis({ [grams[0]!]: [grams[0]!, 1], quota: ["quota", 9] }));
    assert.equal(plan.strict, `('${grams[0]}' | 'quota')`);
    const unknownBigram = planQuery(
      draftQuery(["配额"]),
      analysis({ [grams[0]!]: [grams[0]!, 0], quota: ["quota", 9] }),
    );
    assert.equal(unknownBigram.strict, "'quota'");
  });

  test("operators and quotes in the query never reach the tsquery unquoted", () => {
    // Two-letter words: single letters are not search tokens (they match everything).
    const draft = draftQuery(["ab:* & !bc | (cd) <-> 'de'"]);
    const plan = planQuery(draft, analysis(Object.fromEntries(draft.requests.map((r) => [r.token, [r.token, 1]]))));
    assert.match(plan.strict, /^\(?('[a-z]+'( & )?)+\)?$/);
  });
});

describe("explaining a match", () => {
  const sections = [
    { f: "title", t: "CCE Services: ELB members_per_pool quota" },
    {
      f: "signature",
      t: '(combined from similar events): error: Failed to create member :(error_msg":"Quota exceeded for resources: members_per_pool"',
    },
    { f: "signature", t: "Quota exceeded for resources: members_per_pool" },
    { f: "wentWrong", t: "Nobody watched <the> pool & its quota." },
  ];
  const plan = planQuery(
    draftQuery(["memebers_per_pool"]),
    analysis({
      memebers: ["memeb", 0],
      per: ["per", 5],
      pool: ["pool", 5],
      memebersperpool: ["memebersperpool", 0, ["membersperpool"]],
    }),
  );

  test("the most similar signature is the field, and the fuzzy match is said", () => {
    const result = explainMatch(sections, plan.slots, { index: 1, similarity: 0.9 });
    assert.equal(result.label, "signature");
    assert.equal(result.snippet.text, "Quota exceeded for resources: members_per_pool");
    assert.deepEqual(result.snippet.highlights, [[30, 46]]);
    assert.equal(
      result.why,
      'matched signature "Quota exceeded for resources: members_per_pool" (fuzzy); also in title, what went wrong',
    );
  });

  test("snippet HTML escapes everything but <mark>", () => {
    assert.equal(highlightHtml("a <b> & c", [[3, 4]]), "a &lt;<mark>b</mark>&gt; &amp; c");
    const wrong = explainMatch([sections[3]!], plan.slots, null);
    assert.equal(wrong.snippetHtml, "Nobody watched &lt;the&gt; <mark>pool</mark> &amp; its quota.");
  });

  test("a long field is cut around its matches, with the ranges moved", () => {
    const text = `${"lorem ipsum ".repeat(40)}the pool is full ${"dolor sit ".repeat(40)}`;
    const at = text.indexOf("pool");
    const { text: snippet, highlights } = snippetOf(text, [[at, at + 4]]);
    assert.ok(snippet.length <= 230);
    assert.ok(snippet.startsWith("… ") && snippet.endsWith(" …"));
    assert.equal(snippet.slice(highlights[0]![0], highlights[0]![1]), "pool");
  });
});
