import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { searchFields } from "@/lib/search/fields";
import { isCommand, quotedSpans } from "@/lib/search/quoted-code";
import {
  limitDocument,
  patternDocument,
  type LimitForSearch,
  type PatternForSearch,
} from "@/lib/search/search-document";

function pattern(fields: Partial<PatternForSearch>): PatternForSearch {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    slug: "lb-quota-exhaustion",
    name: "Load balancer quota exhaustion",
    summary: "",
    mechanism: "",
    detectionSignals: "",
    mitigations: "",
    prevention: "",
    version: 1,
    sourceHash: null,
    sourcePath: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...fields,
  };
}

function limit(description: string): LimitForSearch {
  return {
    id: "linux-ephemeral-port-range",
    provider: "linux",
    resource: "net.ipv4.ip_local_port_range",
    name: "Ephemeral port range",
    description,
    defaultValue: null,
    unit: null,
    adjustable: null,
    version: 1,
    docUrl: null,
    sourceHash: null,
    sourcePath: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

const textsOf = (sections: { f: string; t: string }[], field: string) =>
  sections.filter((s) => s.f === field).map((s) => s.t);

describe("what a pattern's quoted code is indexed as", () => {
  const doc = patternDocument(
    pattern({
      detectionSignals:
        "Run `kubectl -n kube-system get pods -o wide` and look for `Quota exceeded for resources: members_per_pool` in the events.",
    }),
  );

  test("the quoted error is a signature, compared with pastes", () => {
    assert.deepEqual(textsOf(doc.sections, "signature"), ["Quota exceeded for resources: members_per_pool"]);
    assert.equal(doc.signatures.length, 1);
    assert.match(doc.signatures[0]!, /quota exceeded/i);
  });

  test("the quoted command is a command, not a signature", () => {
    assert.deepEqual(textsOf(doc.sections, "command"), ["kubectl -n kube-system get pods -o wide"]);
    assert.ok(doc.signatures.every((s) => !/kubectl/i.test(s)));
  });

  test("a command's words count at weight C and stay out of the key vector", () => {
    assert.equal(searchFields.command.weight, "C");
    assert.equal(searchFields.command.key, false);
    assert.doesNotMatch(doc.a, /kubectl/);
    assert.match(doc.c, /kubectl/);
    assert.doesNotMatch(doc.k, /kubectl/);
  });
});

describe("what a limit's quoted code is indexed as", () => {
  test("sysctl lines are commands; the setting they read stays a signature", () => {
    const doc = limitDocument(
      limit(
        "Check with `sysctl net.ipv4.ip_local_port_range`; raise `net.ipv4.ip_local_port_range` before `TIME_WAIT` piles up.",
      ),
    );
    assert.deepEqual(textsOf(doc.sections, "signature"), ["net.ipv4.ip_local_port_range", "TIME_WAIT"]);
    assert.deepEqual(textsOf(doc.sections, "command"), ["sysctl net.ipv4.ip_local_port_range"]);
  });
});

describe("telling commands from error text", () => {
  const commands = [
    "kubectl logs <pod> -c istio-proxy",
    "sysctl net.netfilter.nf_conntrack_max",
    "journalctl -u kubelet",
    "iptables -t nat -S | grep <lb-ip>",
    "$ ping 10.0.0.1",
    "# conntrack -S",
    "--max-pods",
    "-o wide",
    "-n kube-system -o wide",
    "cat /etc/resolv.conf",
    "mount | grep nfs",
    "KUBECONFIG=/tmp/kc kubectl get nodes",
  ];
  for (const text of commands) test(`${JSON.stringify(text)} is a command`, () => assert.ok(isCommand(text)));

  const notCommands = [
    "Quota exceeded for resources: members_per_pool",
    "curl: (7) Failed to connect to 192.168.10.36 port 900: Connection refused",
    "-bash: kubectl: command not found",
    "host not found: metadata.google.internal",
    "mount failed: exit status 32",
    "connect() failed (111: Connection refused) while connecting to upstream",
    "externalTrafficPolicy: Local",
    "members_per_pool",
    "ip_local_port_range",
    "CrashLoopBackOff",
  ];
  for (const text of notCommands) test(`${JSON.stringify(text)} is not a command`, () => assert.ok(!isCommand(text)));
});

describe("quoted code in markdown", () => {
  test("a shell block gives its command lines as commands and its output as one error", () => {
    const { errors, commands } = quotedSpans(
      [
        "```console",
        "$ kubectl -n kube-system logs coredns-abc \\",
        "    --previous",
        "plugin/errors: 2 SERVFAIL kubernetes.default.svc.cluster.local. A: read udp 10.0.0.5:53: i/o timeout",
        "```",
      ].join("\n"),
    );
    assert.deepEqual(commands, ["$ kubectl -n kube-system logs coredns-abc \\\n    --previous"]);
    assert.deepEqual(errors, [
      "plugin/errors: 2 SERVFAIL kubernetes.default.svc.cluster.local. A: read udp 10.0.0.5:53: i/o timeout",
    ]);
  });

  test("an error block is kept whole, blank lines and all", () => {
    const block = "操作有错误发生:\n\ni-bp10c3nww9y26s9yppcq : 库存不足\n\nRequestId: 86752D85";
    assert.deepEqual(quotedSpans("```\n" + block + "\n```").errors, [block]);
  });

  test("references to other entries by slug are neither errors nor commands", () => {
    assert.deepEqual(quotedSpans("See `lb-quota-exhaustion-pattern`."), { errors: [], commands: [] });
  });
});
