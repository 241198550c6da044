import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { searchSnapshot, type SnapshotSearchParams } from "@/lib/search/memory/browser-search";
import { SNAPSHOT_VERSION, type SearchSnapshot, type SnapshotDocument } from "@/lib/search/memory/snapshot";
import { lexemeOf, localLexeme } from "@/lib/search/memory/stem";
import { similarity, wordSimilarity } from "@/lib/search/memory/trigram";
import { matches, parseTsquery } from "@/lib/search/memory/tsquery-match";
import { normalizeLogText } from "@/lib/search/normalize-query";
import { rankWeight } from "@/lib/search/snapshot/build-snapshot";
import { indexText, similarityText } from "@/lib/search/tokens";

/** A document as build-snapshot.ts makes it, its lexemes stemmed here (the hand-made snapshot has no PostgreSQL). */
function doc(
  fields: { kind?: SnapshotDocument["kind"]; slug: string; title: string; body: string; signature?: string } & Partial<
    Omit<SnapshotDocument, "kind" | "slug" | "title">
  >,
): SnapshotDocument {
  const { body, signature, kind = "postmortem", ...rest } = fields;
  const lexemes = (text: string) =>
    indexText(normalizeLogText(text))
      .split(" ")
      .map((t) => localLexeme(t))
      .filter((l): l is string => Boolean(l));
  const title = lexemes(`${fields.title} ${signature ?? ""}`);
  const all = [...title, ...lexemes(body)];
  const terms = [...new Set(all)].sort();
  return {
    id: `${kind}:${fields.slug}`,
    kind,
    url: `/${kind}s/${fields.slug}`,
    sections: [
      { f: kind === "postmortem" ? "title" : "name", t: fields.title },
      ...(signature ? [{ f: "signature", t: signature }] : []),
      { f: "summary", t: body },
    ],
    signatures: signature ? [similarityText(normalizeLogText(signature))] : [],
    terms,
    ranks: terms.map((t) => rankWeight(all.map((l) => (l === t ? (title.includes(t) ? "A" : "D") : "")).join(""))),
    key: [...new Set([...title, ...lexemes(fields.slug)])].sort(),
    length: all.length,
    patternSlugs: [],
    provider: null,
    platform: null,
    components: [],
    severity: null,
    status: kind === "postmortem" ? "published" : null,
    year: null,
    origin: null,
    ...rest,
  };
}

const snapshot: SearchSnapshot = {
  version: SNAPSHOT_VERSION,
  indexVersion: 2,
  takenAt: "2026-12-01T10:00:00.000Z",
  stems: {},
  documents: [
    doc({
      slug: "elb-quota",
      title: "ELB listener quota exhausted during a deploy",
      signature: "ELB.8905: the number of listeners exceeds the quota",
      body: "The load balancer quota was exhausted; new services got no address.",
      provider: "huawei",
      severity: "SEV2",
      year: 2024,
      components: ["elb"],
      patternSlugs: ["lb-quota-exhaustion"],
    }),
    doc({
      slug: "probe-timeouts",
      title: "Liveness probe timeouts restart healthy pods",
      body: "A slow dependency made every liveness probe time out, and the kubelet restarted the pods.",
      provider: "aws",
      severity: "SEV3",
      year: 2023,
      components: ["kubelet"],
    }),
    doc({
      slug: "conntrack-full",
      title: "Conntrack table full drops packets",
      signature: "nf_conntrack: table full, dropping packet",
      body: "The nodes dropped new connections while the connection tracking table was full.",
      provider: "aws",
      severity: "SEV1",
      year: 2024,
      components: ["kernel"],
      patternSlugs: ["kernel-limit-exhaustion"],
    }),
    doc({
      slug: "inventory-cjk",
      title: "库存服务超时",
      body: "The inventory service timed out when its cache was cold.",
      year: 2022,
    }),
    doc({
      kind: "pattern",
      slug: "lb-quota-exhaustion",
      title: "Load balancer quota exhaustion",
      body: "A cloud load balancer runs out of listeners or backends under its quota.",
      patternSlugs: ["lb-quota-exhaustion"],
    }),
    doc({
      kind: "limit",
      slug: "huawei-elb-listeners",
      title: "ELB listeners per load balancer",
      body: "Each ELB load balancer takes a limited number of listeners.",
      provider: "huawei",
    }),
  ],
};

const search = (q: string, extra: Omit<SnapshotSearchParams, "q"> = {}) => searchSnapshot(snapshot, { q, ...extra });
const firstIncident = async (q: string, extra: Omit<SnapshotSearchParams, "q"> = {}) =>
  (await search(q, extra)).groups.postmortems.items[0]?.slug;

describe("the snapshot engine on a hand-made snapshot", () => {
  test("a pasted error line finds its incident first, says it came from the snapshot, and its pattern and limit", async () => {
    const r = await search("Error: ELB.8905 the number of listeners exceeds the quota");
    assert.equal(r.groups.postmortems.items[0]?.slug, "elb-quota");
    assert.deepEqual(r.source, { kind: "snapshot", takenAt: "2026-12-01T10:00:00.000Z" });
    assert.equal(r.groups.patterns.items[0]?.slug, "lb-quota-exhaustion");
    assert.equal(r.groups.limits.items[0]?.slug, "huawei-elb-listeners");
    assert.equal(r.confidence, "high");
    assert.match(r.groups.postmortems.items[0]!.snippet.text, /ELB/);
  });

  test("words match by their stem: 'exhausting quotas' finds 'quota was exhausted'", async () => {
    assert.equal(await firstIncident("exhausting quotas"), "elb-quota");
  });

  test("a synonym phrase matches as all of its words: 'health check' finds the liveness probe incident", async () => {
    const r = await search("health check timeouts");
    assert.equal(r.groups.postmortems.items[0]?.slug, "probe-timeouts");
    assert.deepEqual(r.query.synonyms, [{ from: "health check", to: "live probe" }]);
  });

  test("a single CJK character matches as a prefix of the bigrams that start with it", async () => {
    assert.equal(await firstIncident("库"), "inventory-cjk");
    assert.equal(await firstIncident("库存"), "inventory-cjk");
  });

  test("a typo is corrected to a word of the snapshot (pg_trgm similarity)", async () => {
    const r = await search("conntrak");
    assert.equal(r.groups.postmortems.items[0]?.slug, "conntrack-full");
    assert.deepEqual(r.query.corrections, [{ from: "conntrak", to: "conntrack" }]);
  });

  test("filters apply as in SQL: provider, severity, year, component, pattern, kind", async () => {
    assert.equal(await firstIncident("table full", { provider: "AWS" }), "conntrack-full");
    assert.equal(await firstIncident("quota", { provider: "aws" }), undefined);
    assert.equal(await firstIncident("pods", { severity: "SEV3" }), "probe-timeouts");
    assert.equal(await firstIncident("pods", { severity: "SEV1" }), undefined);
    assert.equal(await firstIncident("dropping packet", { year: 2023 }), undefined);
    assert.equal(await firstIncident("dropping packet", { component: "Kernel" }), "conntrack-full");
    assert.equal(await firstIncident("quota", { pattern: "lb-quota-exhaustion" }), "elb-quota");
    const patterns = await search("quota", { kind: "pattern" });
    assert.equal(patterns.groups.postmortems.items.length, 0);
    assert.equal(patterns.groups.limits.items.length, 0);
    assert.equal(patterns.groups.patterns.items[0]?.slug, "lb-quota-exhaustion");
    // a limit of another provider is left out, patterns stay
    const aws = await search("listeners", { provider: "aws" });
    assert.equal(aws.groups.limits.items.length, 0);
  });

  test("it only knows published postmortems: asking for drafts finds none", async () => {
    const draft = {
      ...snapshot,
      documents: [doc({ slug: "secret-draft", title: "Zanzibar", body: "x", status: "draft" })],
    };
    assert.equal((await searchSnapshot(draft, { q: "zanzibar" })).groups.postmortems.items.length, 0);
    assert.equal((await search("quota", { status: "draft" })).groups.postmortems.items.length, 0);
  });

  test("an unknown word is ignored and nothing is claimed", async () => {
    const r = await search("xylophone");
    assert.equal(r.confidence, "none");
    assert.deepEqual(r.query.ignored, ["xylophone"]);
  });
});

describe("the PostgreSQL parts it reproduces", () => {
  test("pg_trgm similarity and word_similarity give PostgreSQL 15's values", () => {
    // values read from PostgreSQL 15 (SELECT similarity(...), word_similarity(...))
    assert.equal(similarity("word", "two words"), Math.fround(0.36363637));
    assert.equal(wordSimilarity("word", "two words"), Math.fround(0.8));
    assert.equal(wordSimilarity("two words", "word"), Math.fround(0.4));
    assert.equal(
      wordSimilarity(
        "error elb 8905 quota exceeded",
        "the request failed error code elb 8905 the quota of listeners was exceeded for this account",
      ),
      Math.fround(0.5675676),
    );
    assert.equal(similarity("conntrak", "conntrack"), Math.fround(0.5833333));
    assert.equal(similarity("throtle", "throttl"), Math.fround(0.45454547));
  });

  test("stems as the english configuration: stop words have none, numwords stay, exceptions win", () => {
    assert.equal(localLexeme("the"), null);
    assert.equal(localLexeme("connections"), "connect");
    assert.equal(localLexeme("elb8905"), "elb8905");
    assert.equal(lexemeOf("news", { news: "news" }), "news");
    assert.equal(lexemeOf("whatever", { whatever: "" }), null);
  });

  test("tsqueries of tsquery.ts: AND, OR, prefix and quoting", () => {
    const lexemes = ["connect", "o'neil", "quota", "reset"];
    assert.equal(matches(parseTsquery("('connect' & 'reset')"), lexemes), true);
    assert.equal(matches(parseTsquery("('connect' & 'peer')"), lexemes), false);
    assert.equal(matches(parseTsquery("('peer' | ('quota' & 'reset'))"), lexemes), true);
    assert.equal(matches(parseTsquery("'quo':*"), lexemes), true);
    assert.equal(matches(parseTsquery("'o''neil'"), lexemes), true);
    assert.equal(matches(parseTsquery(""), lexemes), false);
  });

  test("ts_rank's weight of a lexeme: one A position is 1/(π²/6), later positions count 1/(j+1)²", () => {
    assert.equal(rankWeight("A"), Math.round((1 / 1.64493406685) * 1e5) / 1e5);
    assert.equal(rankWeight("AD"), Math.round(((1 + 0.1 / 4) / 1.64493406685) * 1e5) / 1e5);
  });
});
