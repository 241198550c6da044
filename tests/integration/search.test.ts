import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { loadContentDirectory } from "@/lib/content/load-directory";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { writePostmortem } from "@/lib/postmortems/write-postmortem";
import { normalizeLogText } from "@/lib/search/normalize-query";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";
import { indexText } from "@/lib/search/tokens";
import type { SearchResponse } from "@/lib/search/types";
import { postmortemSchema } from "@/lib/validations/postmortem";
import { searchParamsSchema, type SearchParamsInput } from "@/lib/validations/search";

import { contentDir } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

// Runs against embedded PGlite, or PostgreSQL when DATABASE_URL is set: the
// same table must give the same first results on both.

let database: TestDatabase;
let searchEverything: typeof import("@/lib/search/search-everything").searchEverything;
let route: typeof import("@/app/api/search/route");
const timings: number[] = [];

before(async () => {
  database = await createContentDatabase(contentDir);
  ({ searchEverything } = await import("@/lib/search/search-everything"));
  route = await import("@/app/api/search/route");
});

after(async () => {
  await (globalThis as { hindsightPrisma?: PrismaClient }).hindsightPrisma?.$disconnect();
  await database.drop();
});

async function search(q: string, params: Omit<SearchParamsInput, "q"> = {}): Promise<SearchResponse> {
  const started = performance.now();
  const result = await searchEverything(searchParamsSchema.parse({ q, ...params }));
  timings.push(performance.now() - started);
  return result;
}

const firstPostmortem = (result: SearchResponse) => result.groups.postmortems.items[0]?.slug;
const postmortemSlugs = (result: SearchResponse) => result.groups.postmortems.items.map((i) => i.slug);

function assertSafeSnippets(result: SearchResponse) {
  for (const item of Object.values(result.groups).flatMap((g) => g.items)) {
    assert.doesNotMatch(item.snippetHtml.replace(/<\/?mark>/g, ""), /[<>]/, `${item.slug}: only <mark> is unescaped`);
    for (const [start, end] of item.snippet.highlights)
      assert.ok(
        start >= 0 && end <= item.snippet.text.length && start < end,
        `${item.slug}: highlight inside the snippet`,
      );
    assert.ok(item.why.startsWith("matched "), item.why);
    assert.ok(
      item.url === `/${{ postmortem: "postmortems", pattern: "patterns", limit: "limits" }[item.kind]}/${item.slug}`,
    );
  }
}

describe(`search finds the right postmortem first (${engine})`, async () => {
  const content = await loadContentDirectory(contentDir);
  const signatures = content.postmortems.flatMap((file) =>
    file.data.signatures.map((s) => ({ text: s.text, slug: file.data.slug, file: path.basename(file.file) })),
  );

  test("every postmortem in content/ has at least one signature to test", () => {
    assert.ok(signatures.length >= content.postmortems.length);
  });

  for (const signature of signatures) {
    test(`pasting its signature ${JSON.stringify(signature.text.slice(0, 70))} finds ${signature.slug} first`, async () => {
      const result = await search(signature.text);
      assert.equal(
        firstPostmortem(result),
        signature.slug,
        JSON.stringify(result.groups.postmortems.items.map((i) => [i.slug, i.score, i.why])),
      );
      assertSafeSnippets(result);
    });
  }

  const table: Array<[name: string, query: string, expected: string]> = [
    [
      "the Kong line with other numbers",
      "4121#3: *99817 connect() failed (111: Connection refused) while connecting to upstream",
      "ack-slb-attachment-quota-release-outage",
    ],
    [
      "three lines of gateway log with timestamps and IPs",
      [
        '2026/11/21 10:15:01 [error] 23937#0: *2832787172 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.3.4, server: api.example.com, request: "PUT /api/v3/pub/user/extend HTTP/1.1", upstream: "http://10.0.8.12:80/api/v3/pub/user/extend", host: "api.example.com"',
        '2026/11/21 10:15:02 [error] 23937#0: *2832787199 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.3.9, server: api.example.com, request: "GET /api/v3/pub/user/info HTTP/1.1", upstream: "http://10.0.8.12:80/api/v3/pub/user/info", host: "api.example.com"',
        '10.20.3.4 - - [21/Nov/2026:10:15:02 +0800] "PUT /api/v3/pub/user/extend HTTP/1.1" 500 183 "-" "okhttp/3.12.1"',
      ].join("\n"),
      "ack-slb-attachment-quota-release-outage",
    ],
    [
      "the kubelet log error with another node IP and pod",
      "Error from server: Get https://10.9.8.7:10250/containerLogs/production/blog-web-x7k2m/blog-web: dial tcp 10.9.8.7:10250: connect: connection refused",
      "new-year-preemptible-stockout-dns-failure",
    ],
    [
      "the CCE event with other UUIDs and request id",
      '(combined from similar events):Details:Update member of listener/pool(11111111-2222-4333-8444-555555555555/66666666-7777-4888-9999-000000000000) error: Failed to create member :(error_msg":"Quota exceeded for resources: members_per_pool","error_code":"ELB.8905","request_id":"0123456789abcdef0123456789abcdef"},status code: 409',
      "cce-elb-members-per-pool-quota",
    ],
    [
      "the ECS console message with another instance and request id",
      "操作有错误发生:\ni-bp1aaaabbbbccccdddd1 : 库存不足,请您尝试其它类型的实例规格 或者 其它可用区/地域的实例。\nRequestId: 11111111-2222-4333-8444-555555555555",
      "new-year-preemptible-stockout-dns-failure",
    ],
    [
      "a kubectl event line for a blog pod",
      "blog-web-7d9f8c6b5-x2k9p   0/1     CrashLoopBackOff   7          12m",
      "new-year-preemptible-stockout-dns-failure",
    ],
    ["a misspelt identifier", "memebers_per_pool", "cce-elb-members-per-pool-quota"],
    ["an error code without its dot", "ELB8905", "cce-elb-members-per-pool-quota"],
    ["a misspelt quota error", "Quota exceded for resources: memebers_per_pool", "cce-elb-members-per-pool-quota"],
    ["Chinese for out of stock", "库存不足", "new-year-preemptible-stockout-dns-failure"],
    [
      "Chinese for a quota name",
      "同一台服务器可以重复添加为slb后端服务器的次数",
      "ack-slb-attachment-quota-release-outage",
    ],
    ["a few words", "spot instances out of stock dns", "new-year-preemptible-stockout-dns-failure"],
    ["a few words about IPVS", "ipvs stale real server 502 after rolling update", "calico-ipvs-stale-realserver-502s"],
    [
      "a few words about the cutover",
      "kube-dns moved to master not announced bgp",
      "network-cutover-kube-dns-istio-crashloop",
    ],
    ["a few words about the hairpin", "externalTrafficPolicy Local hairpin", "cce-elb-members-per-pool-quota"],
  ];
  for (const [name, query, expected] of table) {
    test(`${name} finds ${expected} first`, async () => {
      const result = await search(query);
      assert.equal(
        firstPostmortem(result),
        expected,
        JSON.stringify(result.groups.postmortems.items.map((i) => [i.slug, i.score, i.why])),
      );
      assertSafeSnippets(result);
    });
  }

  test("配额 (quota) finds the Huawei limit that names it and, through the glossary, the two quota incidents first", async () => {
    const result = await search("配额");
    assert.deepEqual(postmortemSlugs(result).slice(0, 2).sort(), [
      "ack-slb-attachment-quota-release-outage",
      "cce-elb-members-per-pool-quota",
    ]);
    assert.equal(result.groups.limits.items[0]?.slug, "huawei-elb-members-per-pool");
    assert.match(result.groups.limits.items[0]!.snippetHtml, /<mark>配额<\/mark>/);
    assert.deepEqual(result.query.translations, [{ from: "配额", to: "quota" }]);
  });

  test("a fuzzy match says so and names the signature", async () => {
    const item = (await search("memebers_per_pool")).groups.postmortems.items[0]!;
    assert.equal(item.label, "signature");
    assert.match(item.why, /^matched signature "Quota exceeded for resources: members_per_pool" \(fuzzy\)/);
    assert.match(item.snippetHtml, /<mark>members_per_pool<\/mark>/);
  });

  test("an exact signature is the field that matched, highlighted", async () => {
    const item = (await search("ELB.8905")).groups.postmortems.items[0]!;
    assert.equal(item.field, "signature");
    assert.equal(item.snippet.text, "ELB.8905");
    assert.deepEqual(item.snippet.highlights, [[0, 8]]);
  });

  test("patterns and limits are found and grouped too", async () => {
    const result = await search("Quota exceeded for resources: members_per_pool");
    assert.equal(result.groups.patterns.items[0]?.slug, "lb-quota-exhaustion");
    assert.equal(result.groups.limits.items[0]?.slug, "huawei-elb-members-per-pool");
    assert.equal(result.groups.limits.items[0]?.url, "/limits/huawei-elb-members-per-pool");
  });
});

describe(`one index on every engine (${engine})`, () => {
  test("a line of English, identifiers, a pod name and Chinese gives exactly these lexemes, on PostgreSQL 15 and PGlite alike", async () => {
    const line =
      "2026-11-21T10:00:00Z Quota exceeded for resources: members_per_pool (ELB.8905) on web-7d9f8c6b5-x2k9p: 库存不足, CrashLoopBackOff";
    const [row] = await database.prisma.$queryRaw<
      Array<{ v: string }>
    >`SELECT to_tsvector('english', ${indexText(normalizeLogText(line))})::text AS v`;
    assert.equal(
      row!.v,
      "'8905':10 'back':20 'cjk04e0d08db3':16 'cjk05b5804e0d':15 'cjk05e9305b58':14 'crash':18 'crashloopbackoff':17 'elb':9 'elb8905':11 'exceed':2 'loop':19 'member':5 'membersperpool':8 'per':6 'pool':7 'quota':1 'resourc':4 'web':13",
    );
  });
});

describe(`filters (${engine})`, () => {
  test("pattern: only postmortems with that pattern, and only that pattern", async () => {
    const result = await search("quota", { pattern: "lb-quota-exhaustion" });
    assert.deepEqual(postmortemSlugs(result).sort(), [
      "ack-slb-attachment-quota-release-outage",
      "cce-elb-members-per-pool-quota",
    ]);
    assert.deepEqual(
      result.groups.patterns.items.map((i) => i.slug),
      ["lb-quota-exhaustion"],
    );
  });

  test("provider: postmortems and limits of that provider, any case", async () => {
    const result = await search("quota", { provider: "huawei cloud" });
    assert.deepEqual(postmortemSlugs(result), ["cce-elb-members-per-pool-quota"]);
    assert.deepEqual(
      result.groups.limits.items.map((i) => i.slug),
      ["huawei-elb-members-per-pool"],
    );
  });

  test("severity, platform and component", async () => {
    assert.deepEqual(postmortemSlugs(await search("dns", { severity: "SEV1" })), [
      "new-year-preemptible-stockout-dns-failure",
    ]);
    assert.deepEqual(postmortemSlugs(await search("quota", { platform: "CCE" })), ["cce-elb-members-per-pool-quota"]);
    assert.deepEqual(postmortemSlugs(await search("connection refused", { component: "kong" })), [
      "ack-slb-attachment-quota-release-outage",
    ]);
  });

  test("kind: one group only", async () => {
    const result = await search("quota", { kind: "pattern" });
    assert.equal(result.groups.postmortems.items.length, 0);
    assert.equal(result.groups.limits.items.length, 0);
    assert.ok(result.groups.patterns.items.length > 0);
  });

  test("pagination is stable: pages of one are the list of two, in order, score then slug", async () => {
    const all = (await search("connection refused", { limit: 4 })).groups.postmortems;
    const first = (await search("connection refused", { limit: 1 })).groups.postmortems;
    const second = (await search("connection refused", { limit: 1, offset: 1 })).groups.postmortems;
    assert.deepEqual(
      [...first.items, ...second.items].map((i) => i.slug),
      all.items.slice(0, 2).map((i) => i.slug),
    );
    assert.equal(first.hasMore, true);
    for (let i = 1; i < all.items.length; i++) {
      const [a, b] = [all.items[i - 1]!, all.items[i]!];
      assert.ok(a.score > b.score || (a.score === b.score && a.slug < b.slug), "score desc, then slug");
    }
  });
});

describe(`bad input never fails (${engine})`, () => {
  const nasty: Array<[string, string]> = [
    ["an empty query", ""],
    ["only spaces", "   \n\t "],
    ["only punctuation", "...,;:!?-- //"],
    ["tsquery operators", "&|!:*() <-> !!a:* & (b | c"],
    ["SQL metacharacters", "'; DROP TABLE search_documents; -- \\ %_ $1"],
    ["unbalanced quotes", "\"connect() failed (111: 'Connection refused"],
    ["emoji", "🔥🔥 dns 🔥 👩‍💻"],
    ["lone surrogates and NUL", "\ud800quota\u0000\udfff"],
    ["a 1 MB paste", "connect() failed (111: Connection refused) while connecting to upstream\n".repeat(14_000)],
    ["HTML", "<script>alert(1)</script> <img src=x onerror=alert(1)>"],
    ["a very long word", "x".repeat(3000)],
  ];
  for (const [name, q] of nasty) {
    test(`${name}: a sane answer`, async () => {
      const result = await search(q);
      assert.ok(result.groups.postmortems && result.groups.patterns && result.groups.limits);
      assertSafeSnippets(result);
    });
  }

  test("an empty query answers 200 with no results and a hint", async () => {
    const result = await search("");
    assert.equal(result.groups.postmortems.items.length, 0);
    assert.match(result.notices.join(" "), /Type or paste something/);
  });

  test("a 1 MB paste is cut to 4 KB with a notice, and still finds the incident", async () => {
    const result = await search(
      "connect() failed (111: Connection refused) while connecting to upstream\n".repeat(14_000),
    );
    assert.equal(result.query.truncated, true);
    assert.match(result.notices[0]!, /only the first 4,096 were searched/);
    assert.equal(firstPostmortem(result), "ack-slb-attachment-quota-release-outage");
  });

  test("SQL in the query is only text: the table is still there", async () => {
    await search("'; DROP TABLE search_documents; --");
    assert.ok((await search("ELB.8905")).groups.postmortems.items.length > 0);
  });
});

describe(`GET /api/search (${engine})`, () => {
  const get = (query: string) => route.GET(new Request(`http://localhost/api/search?${query}`));

  test("answers JSON grouped by kind", async () => {
    const response = await get(`q=${encodeURIComponent("ELB.8905")}&limit=3`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as SearchResponse;
    assert.equal(body.groups.postmortems.items[0]?.slug, "cce-elb-members-per-pool-quota");
    assert.equal(body.limit, 3);
  });

  for (const [name, query] of [
    ["invalid UTF-8", "q=%FF%FE"],
    ["an encoded lone surrogate", "q=%ED%A0%80abc"],
    ["an encoded NUL", "q=%00dns"],
    ["a truncated escape", "q=%E4%BA"],
    ["a bare percent", "q=100%"],
    ["repeated parameters", "q=dns&q=quota"],
    ["100 KB in the URL", `q=${"quota%20".repeat(15_000)}`],
  ]) {
    test(`${name}: 200`, async () => {
      const response = await get(query!);
      assert.equal(response.status, 200, await response.clone().text());
      assert.ok(((await response.json()) as SearchResponse).groups);
    });
  }

  for (const [query, field] of [
    ["q=x&year=abc", "year"],
    ["q=x&year=1800", "year"],
    ["q=x&limit=1000", "limit"],
    ["q=x&offset=-1", "offset"],
    ["q=x&severity=SEV9", "severity"],
    ["q=x&status=deleted", "status"],
    ["q=x&kind=incident", "kind"],
    ["q=x&pattern=..%2F..%2Fetc", "pattern"],
    ["q=x&provider=%00", "provider"],
  ]) {
    test(`${query}: 400 naming ${field}`, async () => {
      const response = await get(query!);
      assert.equal(response.status, 400);
      const body = (await response.json()) as { error: { code: string; message: string; field: string } };
      assert.equal(body.error.code, "invalid_parameter");
      assert.equal(body.error.field, field);
      assert.ok(body.error.message.startsWith(`${field}: `));
    });
  }

  test("POST takes the same parameters as JSON, for long pastes", async () => {
    const response = await route.POST(
      new Request("http://localhost/api/search", {
        method: "POST",
        body: JSON.stringify({ q: "库存不足 ".repeat(2000), limit: 2 }),
      }),
    );
    assert.equal(response.status, 200);
    const body = (await response.json()) as SearchResponse;
    assert.equal(body.query.truncated, true);
    assert.equal(body.groups.postmortems.items[0]?.slug, "new-year-preemptible-stockout-dns-failure");
    const bad = await route.POST(new Request("http://localhost/api/search", { method: "POST", body: "{not json" }));
    assert.equal(bad.status, 400);
  });

  test("an unreachable database is a 503 with a clear body, not a 500, when there is no snapshot to answer from", async () => {
    const holder = globalThis as { hindsightPrisma?: PrismaClient; hindsightSearchSnapshot?: unknown };
    const real = holder.hindsightPrisma;
    // the search snapshot, as the earlier searches built it: without it (and without its disk copy)...
    await (await import("@/lib/search/snapshot/snapshot-holder")).currentSearchSnapshot();
    const snapshot = holder.hindsightSearchSnapshot;
    assert.ok(snapshot);
    const dataDir = process.env.HINDSIGHT_DATA_DIR;
    delete holder.hindsightSearchSnapshot;
    process.env.HINDSIGHT_DATA_DIR = "/nonexistent/hindsight-search-test";
    holder.hindsightPrisma = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere", 1);
    try {
      const response = await get("q=dns");
      assert.equal(response.status, 503);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, "database_unavailable");
      assert.doesNotMatch(JSON.stringify(body), /at .*\.ts:\d+|Prisma|stack/i);
      // ... and with it, search answers from the snapshot (tests/integration/search-outage.test.ts stops a real server)
      holder.hindsightSearchSnapshot = snapshot;
      const fallback = await get("q=dns");
      assert.equal(fallback.status, 200);
      assert.equal(((await fallback.json()) as SearchResponse).source.kind, "snapshot");
    } finally {
      await holder.hindsightPrisma.$disconnect();
      holder.hindsightPrisma = real;
      holder.hindsightSearchSnapshot = snapshot;
      if (dataDir === undefined) delete process.env.HINDSIGHT_DATA_DIR;
      else process.env.HINDSIGHT_DATA_DIR = dataDir;
    }
  });
});

describe(`documents follow the writes (${engine})`, () => {
  const probe = (slug: string, extra: object) =>
    postmortemSchema.parse({
      slug,
      title: "Probe incident for search",
      summary: "A synthetic postmortem written by the search tests.",
      severity: "SEV4",
      status: "published",
      startedAt: "2024-06-01T09:00:00+08:00",
      timeZone: "Asia/Shanghai",
      signatures: [{ text: "ZEBRA-4242 probe failure: flux capacitor offline", source: "test" }],
      ...extra,
    });

  test("a written postmortem is searchable at once, by year too; rewriting replaces its words; deleting removes it", async () => {
    const { id } = await database.prisma.$transaction((tx) => writePostmortem(tx, probe("search-probe", {})));
    assert.equal(firstPostmortem(await search("flux capacitor offline")), "search-probe");
    assert.deepEqual(postmortemSlugs(await search("probe", { year: 2024 })), ["search-probe"]);
    assert.deepEqual(postmortemSlugs(await search("probe", { year: 2023 })), []);

    await database.prisma.$transaction((tx) =>
      writePostmortem(
        tx,
        probe("search-probe", { signatures: [{ text: "warp core breach detected", source: "test" }] }),
      ),
    );
    assert.equal(firstPostmortem(await search("warp core breach")), "search-probe");
    assert.deepEqual(postmortemSlugs(await search("flux capacitor")), []);

    await database.prisma.postmortem.delete({ where: { id } });
    await refreshSearchDocuments(database.prisma, { postmortemIds: [id] });
    assert.deepEqual(postmortemSlugs(await search("warp core breach")), []);
    const [terms] = await database.prisma.$queryRaw<
      Array<{ ndoc: number }>
    >`SELECT ndoc FROM search_terms WHERE term = 'warp'`;
    assert.equal(terms?.ndoc, 0, "the vocabulary forgets the words of removed documents");
  });

  test("drafts are hidden unless asked for", async () => {
    await database.prisma.$transaction((tx) => writePostmortem(tx, probe("search-draft", { status: "draft" })));
    assert.deepEqual(postmortemSlugs(await search("flux capacitor")), []);
    assert.deepEqual(postmortemSlugs(await search("flux capacitor", { status: "draft" })), ["search-draft"]);
    assert.deepEqual(postmortemSlugs(await search("flux capacitor", { status: "any" })), ["search-draft"]);
  });

  test("rebuilding everything gives the same documents and term counts", async () => {
    const snapshot = () => database.prisma.$queryRaw<Array<{ id: string; document: string; n: number }>>`
      SELECT id, document::text AS document, (SELECT sum(ndoc)::int FROM search_terms) AS n FROM search_documents ORDER BY id`;
    const before = await snapshot();
    await database.prisma.$executeRaw`DELETE FROM search_documents`;
    await database.prisma.$executeRaw`DELETE FROM search_terms`;
    await refreshSearchDocuments(database.prisma, "all");
    assert.deepEqual(await snapshot(), before);
  });

  test("searches answer in milliseconds on this content", () => {
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `# ${sorted.length} searches on ${engine}: median ${median.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
    );
    assert.ok(median < 250, `median ${median} ms`);
  });
});
