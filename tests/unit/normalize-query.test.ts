import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { MAX_QUERY_BYTES, cutToBytes, normalizeLogText, normalizeQuery } from "@/lib/search/normalize-query";
import { draftQuery } from "@/lib/search/query-plan";
import { cjkGrams, similarityText, tokenize } from "@/lib/search/tokens";
import { parseSearchInput, parseSearchParams } from "@/lib/validations/search";

const kong = "23937#0: *2832787172 connect() failed (111: Connection refused) while connecting to upstream";
const normalizedKong = "connect() failed (111: Connection refused) while connecting to upstream";

describe("normalising pasted log text", () => {
  test("the Kong error line loses its worker pid and connection number", () => {
    assert.equal(normalizeLogText(kong), normalizedKong);
  });

  test("the same line with other numbers normalises to the same text", () => {
    assert.equal(
      normalizeLogText("4121#7: *99 connect() failed (111: Connection refused) while connecting to upstream"),
      normalizedKong,
    );
  });

  for (const [name, line] of [
    ["ISO 8601 with offset", "2026-11-21T10:00:00.123+08:00 connect() failed"],
    ["ISO 8601 in UTC", "2026-11-21T02:00:00Z connect() failed"],
    ["ISO date and time with a comma", "2026-11-21 10:00:00,123 connect() failed"],
    ["syslog", "Nov 21 10:00:00 connect() failed"],
    ["nginx error log", "2024/01/02 10:15:01 connect() failed"],
    ["common log format", "[21/Nov/2026:10:00:00 +0800] connect() failed"],
    ["RFC 1123", "Sat, 21 Nov 2026 10:00:00 GMT connect() failed"],
    ["klog header", "E1121 10:00:00.123456   12345 proxier.go:1234] connect() failed"],
  ]) {
    test(`drops a ${name} timestamp`, () => {
      assert.equal(normalizeLogText(line!), "connect() failed");
    });
  }

  test("drops IPv4 addresses with ports and CIDR suffixes, and bare ports", () => {
    assert.equal(
      normalizeLogText("dial tcp 10.0.2.82:10250: connect: connection refused"),
      "dial tcp : connect: connection refused",
    );
    assert.equal(normalizeLogText("route 10.2.0.0/16 via 192.168.1.1"), "route via");
    assert.equal(normalizeLogText("kubelet port :10250 refused"), "kubelet port refused");
    assert.equal(normalizeLogText("upstream api.example.com:8443 failed"), "upstream api.example.com failed");
  });

  test("drops IPv6 addresses, compressed, bracketed and with zones", () => {
    assert.equal(
      normalizeLogText("from 2001:db8::8a2e:370:7334 to [2001:db8::1]:8080 via fe80::1%eth0 and ::1 refused"),
      "from to via and refused",
    );
  });

  test("drops UUIDs, hex ids, request ids and cloud resource ids", () => {
    assert.equal(normalizeLogText("pool(dc9098a3-e004-4e60-ac6c-44a9a04bd8f8) error"), "pool( ) error");
    assert.equal(
      normalizeLogText('"error_code":"ELB.8905","request_id":"e064fd46211318ff57f455b29c07c821"}'),
      '"error_code":"ELB.8905"," request_id }',
    );
    assert.equal(normalizeLogText("x-request-id=4f1c2d done"), "x-request-id done");
    assert.equal(normalizeLogText("RequestId: 86752D85-39F0-4FEC-875B-80A3269D0B23"), "RequestId");
    assert.equal(normalizeLogText("container 3f4e5d6c7b8a9f0e1d2c started at 0x7fff5fbff8c8"), "container started at");
    assert.equal(normalizeLogText("i-bp10c3nww9y26s9yppcq : 库存不足"), ": 库存不足");
    assert.equal(
      normalizeLogText("Error syncing load balancer [lb-bp1xxxxxxxxx6ndspgh]"),
      "Error syncing load balancer [ ]",
    );
  });

  test("generalises pod names to their workload", () => {
    assert.equal(normalizeLogText("web-7d9f8c6b5-x2k9p"), "web");
    assert.equal(normalizeLogText("blog-web-bw87z 0/1 CrashLoopBackOff 4 4m36s"), "blog-web CrashLoopBackOff");
    assert.equal(normalizeLogText("replicaset web-7d9f8c6b5 scaled"), "replicaset web scaled");
    assert.equal(normalizeLogText("kube-proxy and coredns-5644d7b6d9-zm8x2"), "kube-proxy and coredns");
    assert.equal(normalizeLogText("http-502 sha256 node-pool-large"), "http-502 sha256 node-pool-large");
  });

  test("keeps identifiers, status codes and errno in their shape", () => {
    assert.equal(
      normalizeLogText("Quota exceeded for resources: members_per_pool ELB.8905 409"),
      "Quota exceeded for resources: members_per_pool ELB.8905 409",
    );
    assert.equal(
      normalizeLogText("CrashLoopBackOff istiod.istio-system.svc 502 java.io.IOException"),
      "CrashLoopBackOff istiod.istio-system.svc 502 java.io.IOException",
    );
  });

  test("keeps multi-line pastes line by line and drops lines with nothing left", () => {
    const paste =
      "2024/01/02 10:15:01 [error] 1#1: *5 connect() failed\n\n---\n2024/01/02 10:15:02 [warn] upstream timed out";
    assert.equal(normalizeLogText(paste), "[error] connect() failed\n[warn] upstream timed out");
  });
});

describe("normalising a query", () => {
  test("a query over 4 KB is cut at a character boundary and says so", () => {
    const q = "库".repeat(5000);
    const result = normalizeQuery(q);
    assert.equal(result.truncated, true);
    assert.ok(Buffer.byteLength(result.text) <= MAX_QUERY_BYTES);
    assert.equal(result.text, "库".repeat(Math.floor(MAX_QUERY_BYTES / 3)));
    assert.match(result.notices[0]!, /15,000 bytes; only the first 4,096 were searched/);
  });

  test("a 1 MB paste is cut without scanning all of it", () => {
    const started = performance.now();
    const result = normalizeQuery(`${kong}\n`.repeat(12_000));
    assert.ok(performance.now() - started < 200);
    assert.equal(result.truncated, true);
    assert.ok(result.inputBytes > 1_000_000);
    assert.equal(result.lines[0], normalizedKong);
  });

  test("lone surrogates, NUL, control characters and U+FFFD are removed", () => {
    assert.equal(normalizeQuery("\ud800abc\u0000def\ufffd\u0007ghi\udfff").text, "abc def ghi");
  });

  test("only punctuation or only timestamps leaves nothing, with a notice", () => {
    assert.equal(normalizeQuery("&|!:*()'\"").text, "");
    const result = normalizeQuery("2026-11-21T10:00:00Z 10.0.0.1:80");
    assert.equal(result.text, "");
    assert.match(result.notices[0]!, /Nothing searchable/);
  });

  test("full-width characters are folded (NFKC)", () => {
    assert.equal(normalizeQuery("ＥＬＢ．８９０５").text, "ELB.8905");
  });

  test("cutToBytes never splits a character", () => {
    assert.equal(cutToBytes("a库b", 3), "a");
    assert.equal(cutToBytes("a库b", 4), "a库");
    assert.equal(cutToBytes("😀😀", 5), "😀");
  });
});

describe("tokens", () => {
  test("identifiers keep their shape as one key besides their parts", () => {
    assert.deepEqual(tokenize("members_per_pool").tokens, ["members", "per", "pool", "membersperpool"]);
    assert.deepEqual(tokenize("ELB.8905").tokens, ["elb", "8905", "elb8905"]);
    assert.deepEqual(tokenize("CrashLoopBackOff").tokens, ["crashloopbackoff", "crash", "loop", "back", "off"]);
  });

  test("CJK runs become overlapping bigrams written in ASCII", () => {
    assert.deepEqual(cjkGrams("库存不足"), ["cjk05e9305b58", "cjk05b5804e0d", "cjk04e0d08db3"]);
    assert.deepEqual(cjkGrams("库"), ["cjk05e93"]);
    assert.deepEqual(tokenize("库存 ok").tokens, ["cjk05e9305b58", "ok"]);
    assert.equal(similarityText("Quota 配额 exceeded"), "quota exceeded");
  });

  test("SQL and tsquery metacharacters never reach a token", () => {
    for (const token of tokenize("'; DROP TABLE x; -- & | ! :* () <-> \\ \"").tokens)
      assert.match(token, /^[\p{L}\p{N}]+$/u);
  });

  test("a query becomes one slot per word or CJK run, with glossary English for Chinese", () => {
    const draft = draftQuery(["配额 quota", "quota exceeded"]);
    assert.deepEqual(
      draft.slots.map((s) => s.text),
      ["配额", "quota", "exceeded"],
    );
    assert.deepEqual(draft.lines, [
      [0, 1],
      [1, 2],
    ]);
    assert.deepEqual(draft.slots[0]!.glossary, [{ term: "配额", tokens: ["quota"] }]);
  });
});

describe("search parameters", () => {
  const params = (query: string) => parseSearchParams(new URLSearchParams(query));

  test("defaults: published only, 10 per group, from the first", () => {
    assert.deepEqual(params("q=dns"), { data: { q: "dns", status: "published", limit: 10, offset: 0 } });
  });

  test("a bad parameter is a 400 body naming the field", () => {
    assert.deepEqual(params("q=x&year=abc"), {
      error: { code: "invalid_parameter", message: "year: must be a whole number from 1970 to 2100", field: "year" },
    });
    assert.equal((params("severity=SEV9") as { error: { field: string } }).error.field, "severity");
    assert.equal((params("limit=0") as { error: { field: string } }).error.field, "limit");
    assert.equal((params("pattern=Not A Slug") as { error: { field: string } }).error.field, "pattern");
    assert.equal((params("provider=%00") as { error: { field: string } }).error.field, "provider");
  });

  test("empty parameters are ignored and severity is case-insensitive", () => {
    assert.deepEqual(params("q=&provider=&severity=sev1"), {
      data: { q: "", severity: "SEV1", status: "published", limit: 10, offset: 0 },
    });
  });

  test("a JSON body must be an object with a string q", () => {
    assert.equal((parseSearchInput([1]) as { error: { field: string } }).error.field, "(root)");
    assert.equal((parseSearchInput({ q: 5 }) as { error: { field: string } }).error.field, "q");
  });
});
