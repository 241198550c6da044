import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { normalizeQuery } from "@/lib/search/normalize-query";
import { draftQuery } from "@/lib/search/query-plan";
import { chunks, tokenize } from "@/lib/search/tokens";

const tokens = (text: string) => tokenize(text).tokens;

describe("technical tokens stay whole", () => {
  test("i/o is one key, not the letters i and o", () => {
    assert.deepEqual(tokens("i/o timeout"), ["io", "timeout"]);
    assert.deepEqual(tokens("I/O"), ["io"]);
    assert.deepEqual(tokens("read failed on i/o."), ["read", "failed", "on", "io"]);
  });

  test("short slash words keep their parts and add a joined key", () => {
    assert.deepEqual(tokens("TCP/IP stack"), ["tcp", "ip", "tcpip", "stack"]);
  });

  test("paths, URLs and long slash words get no joined key", () => {
    assert.deepEqual(tokens("/var/log/pods"), ["var", "log", "pods"]);
    assert.deepEqual(tokens("k8s.io/api"), ["k8s", "io", "k8sio", "api"]);
    assert.deepEqual(tokens("listener/pool"), ["listener", "pool"]);
  });

  test("x509 and 5xx are one token each, and X.509 has the x509 key", () => {
    assert.deepEqual(tokens("x509: certificate has expired"), ["x509", "certificate", "has", "expired"]);
    assert.deepEqual(tokens("5xx"), ["5xx"]);
    assert.deepEqual(tokens("X.509"), ["509", "x509"]);
  });

  test("nf_conntrack keeps its parts and its key", () => {
    assert.deepEqual(tokens("nf_conntrack: table full"), ["nf", "conntrack", "nfconntrack", "table", "full"]);
  });

  test("a word:number setting adds the joined key: ndots:5 -> ndots5", () => {
    assert.deepEqual(tokens("options ndots:5"), ["options", "ndots", "ndots5"]);
    assert.deepEqual(tokens("maxRetries:3"), ["maxretries", "max", "retries", "maxretries3"]);
  });

  test("OOMKilled is one token with its CamelCase parts", () => {
    assert.deepEqual(tokens("OOMKilled"), ["oomkilled", "oom", "killed"]);
  });

  test("a single letter is no token, in documents and queries alike", () => {
    assert.deepEqual(tokens("a b c x"), []);
    assert.deepEqual(tokens("plan b"), ["plan"]);
    assert.deepEqual(draftQuery(["plan b"]).requests, [{ token: "plan", fuzzy: false }]);
  });

  test("similarity text is unchanged: it still has the letters of i/o", () => {
    assert.deepEqual(tokenize("i/o timeout").words, ["i", "o", "timeout"]);
  });

  test("chunks carry the key they are matched by", () => {
    assert.deepEqual(
      chunks("nf_conntrack i/o ndots:5 a 7 CrashLoopBackOff").map((c) => c.key),
      ["nfconntrack", "io", "ndots5", "crashloopbackoff"],
    );
  });
});

describe("a pasted DNS timeout", () => {
  test("dial udp 10.96.0.10:53: i/o timeout searches for io and timeout, never o", () => {
    const { lines } = normalizeQuery("dial udp 10.96.0.10:53: i/o timeout");
    assert.deepEqual(lines, ["dial udp : i/o timeout"]);
    const draft = draftQuery(lines);
    assert.deepEqual(
      draft.slots.map((s) => s.text),
      ["dial", "udp", "io", "timeout"],
    );
    assert.ok(!draft.requests.some((r) => r.token === "o" || r.token === "i"));
  });
});
