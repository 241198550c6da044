import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { draftQuery, planQuery, type TokenAnalysis } from "@/lib/search/query-plan";
import { synonymGroups } from "@/lib/search/synonyms";
import { chunks } from "@/lib/search/tokens";

// What PostgreSQL would answer for these tokens: lexeme and document count.
function analysis(entries: Record<string, [lexeme: string | null, ndoc: number]>): TokenAnalysis[] {
  return Object.entries(entries).map(([token, [lexeme, ndoc]]) => ({ token, lexeme, ndoc, alternatives: [] }));
}

describe("the synonym groups", () => {
  test("every phrase is lowercase and belongs to one group only", () => {
    const seen = new Map<string, number>();
    synonymGroups.forEach((group, i) => {
      for (const phrase of group) {
        assert.equal(phrase, phrase.toLowerCase(), phrase);
        const key = chunks(phrase)
          .map((c) => c.key)
          .join(" ");
        assert.ok(key, `${phrase} has searchable words`);
        assert.ok(!seen.has(key) || seen.get(key) === i, `${phrase} is in two groups`);
        seen.set(key, i);
      }
    });
  });
});

describe("synonyms at query time", () => {
  test("liveness probe failed is one phrase slot that also matches health check", () => {
    const draft = draftQuery(["liveness probe failed"]);
    assert.deepEqual(
      draft.slots.map((s) => s.text),
      ["liveness probe", "failed"],
    );
    const requested = draft.requests.map((r) => r.token);
    assert.ok(requested.includes("health") && requested.includes("check"), "the synonym's words are looked up");

    const plan = planQuery(
      draft,
      analysis({
        liveness: ["live", 2],
        probe: ["probe", 4],
        failed: ["fail", 30],
        health: ["health", 6],
        check: ["check", 9],
      }),
    );
    const slot = plan.slots[0]!;
    assert.equal(slot.text, "liveness probe");
    assert.deepEqual(slot.alternatives[0], { lexemes: ["live", "probe"], how: "exact", ndoc: 2 });
    assert.deepEqual(
      slot.alternatives.find((a) => a.how === "synonym" && a.lexemes.join(" ") === "health check"),
      { lexemes: ["health", "check"], how: "synonym", ndoc: 6, from: "liveness probe" },
    );
    assert.equal(plan.strict, "((('live' & 'probe') | ('health' & 'check')) & 'fail')");
    assert.match(plan.rank, /'health'/);
  });

  test("a synonym phrase the knowledge base does not know adds no alternative", () => {
    const plan = planQuery(
      draftQuery(["liveness probe failed"]),
      analysis({ liveness: ["live", 2], probe: ["probe", 4], failed: ["fail", 30], health: ["health", 6] }),
    );
    assert.deepEqual(
      plan.slots[0]!.alternatives.map((a) => a.how),
      ["exact"],
    );
    assert.equal(plan.strict, "(('live' & 'probe') & 'fail')");
  });

  test("OOMKilled also matches out of memory; stop words are not required", () => {
    const draft = draftQuery(["OOMKilled"]);
    assert.equal(draft.slots.length, 1);
    const plan = planQuery(
      draft,
      analysis({
        oomkilled: ["oomkill", 3],
        oom: ["oom", 5],
        killed: ["kill", 20],
        out: [null, 0],
        of: [null, 0],
        memory: ["memori", 8],
      }),
    );
    const alternatives = plan.slots[0]!.alternatives;
    assert.deepEqual(alternatives[0], { lexemes: ["oomkill", "oom", "kill"], how: "exact", ndoc: 3 });
    assert.ok(
      alternatives.some((a) => a.how === "synonym" && a.lexemes.join(" ") === "memori" && a.from === "oomkilled"),
    );
    assert.ok(alternatives.some((a) => a.how === "synonym" && a.lexemes.join(" ") === "oom"));
  });

  test("out of memory typed matches OOMKilled documents", () => {
    const plan = planQuery(
      draftQuery(["java.lang.OutOfMemoryError out of memory"]),
      analysis({
        java: ["java", 1],
        lang: ["lang", 1],
        outofmemoryerror: ["outofmemoryerror", 1],
        outof: ["outof", 0],
        memory: ["memori", 8],
        error: ["error", 40],
        javalangoutofmemoryerror: ["javalangoutofmemoryerror", 1],
        out: [null, 0],
        of: [null, 0],
        oomkilled: ["oomkill", 3],
      }),
    );
    const slot = plan.slots.find((s) => s.text === "out of memory")!;
    assert.deepEqual(
      slot.alternatives.map((a) => [a.how, a.lexemes.join(" ")]),
      [
        ["exact", "memori"],
        ["synonym", "oomkill"],
      ],
    );
  });

  test("two phrases of one group are one slot, and words stemming alike give one alternative", () => {
    const draft = draftQuery(["pod evicted after eviction"]);
    assert.deepEqual(
      draft.slots.map((s) => s.text),
      ["pod", "evicted", "after"],
    );
    const plan = planQuery(
      draft,
      analysis({
        pod: ["pod", 9],
        evicted: ["evict", 2],
        after: [null, 0],
        eviction: ["evict", 2],
        evictions: ["evict", 2],
      }),
    );
    assert.deepEqual(
      plan.slots[1]!.alternatives.map((a) => [a.how, a.lexemes.join(" ")]),
      [["exact", "evict"]],
    );
  });

  test("a phrase inside an identifier is not matched: kube-apiserver is one phrase, kube-dns none", () => {
    assert.deepEqual(
      draftQuery(["kube-apiserver timeout"]).slots.map((s) => s.text),
      ["kube-apiserver", "timeout"],
    );
    assert.deepEqual(
      draftQuery(["kube-dns"]).slots.map((s) => s.text),
      ["kube", "dns", "kubedns"],
    );
  });

  test("synonym lookups do not count as typed words for typo correction", () => {
    const draft = draftQuery(["502 upstreem"]);
    assert.deepEqual(
      draft.requests.filter((r) => r.fuzzy).map((r) => r.token),
      ["upstreem"],
    );
  });
});
