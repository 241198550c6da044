// The fixed query mix of bench/search.ts: what on-call engineers paste or type.
// `grep` is what they would give ripgrep for the same need (fixed string).

export interface BenchQuery {
  category: "word" | "phrase" | "log" | "fuzzy" | "cjk" | "filtered";
  q: string;
  params?: Record<string, string>;
  /** The fixed string for `rg -F`; defaults to q. */
  grep?: string;
  /** Slug prefixes of an acceptable first postmortem (a family of the synthetic corpus or a real incident). */
  expect?: string[];
}

export const benchQueries: BenchQuery[] = [
  { category: "word", q: "dns", expect: ["dns-loss", "new-year", "network-cutover"] },
  {
    category: "word",
    q: "quota",
    expect: ["elb-members-quota", "slb-attach-quota", "api-throttle", "cce-elb", "ack-slb"],
  },
  { category: "word", q: "conntrack", expect: ["conntrack"] },
  { category: "word", q: "OOMKilled", expect: ["oom"] },
  { category: "word", q: "etcd", expect: ["etcd"] },
  { category: "word", q: "certificate", expect: ["cert-expiry"] },
  { category: "word", q: "502", expect: ["ipvs-stale", "calico-ipvs", "new-year"] },
  {
    category: "phrase",
    q: "connection refused",
    expect: ["slb-attach-quota", "ack-slb", "cce-elb", "istio-sidecar", "network-cutover", "conntrack", "new-year"],
  },
  { category: "phrase", q: "spot instances out of stock dns", expect: ["spot-stockout", "new-year"] },
  { category: "phrase", q: "certificate expired ingress", expect: ["cert-expiry"] },
  { category: "phrase", q: "no space left on device", expect: ["disk-full"] },
  { category: "phrase", q: "too many clients", expect: ["db-connections"] },
  { category: "phrase", q: "ipvs stale real server after rolling update", expect: ["ipvs-stale", "calico-ipvs"] },
  {
    category: "log",
    q: "4121#3: *99817 connect() failed (111: Connection refused) while connecting to upstream",
    grep: "connect() failed (111: Connection refused) while connecting to upstream",
    expect: ["slb-attach-quota", "ack-slb"],
  },
  {
    category: "log",
    q: '2026/11/21 10:15:01 [error] 23937#0: *2832787172 connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.3.4, server: api.example.com, request: "PUT /api/v3/pub/user/extend HTTP/1.1"\n2026/11/21 10:15:02 [error] 23937#0: *2832787199 upstream timed out (110: Connection timed out) while reading response header from upstream\n10.20.3.4 - - [21/Nov/2026:10:15:02 +0800] "PUT /api/v3/pub/user/extend HTTP/1.1" 502 183',
    grep: "while connecting to upstream",
    expect: ["slb-attach-quota", "ack-slb"],
  },
  {
    category: "log",
    q: "Memory cgroup out of memory: Killed process 31337 (java) total-vm:8123456kB, anon-rss:4012345kB",
    grep: "Memory cgroup out of memory",
    expect: ["oom"],
  },
  {
    category: "log",
    q: "x509: certificate has expired or is not yet valid: current time 2026-11-21T10:00:00Z is after 2026-11-20T23:59:59Z",
    grep: "x509: certificate has expired",
    expect: ["cert-expiry"],
  },
  {
    category: "log",
    q: "E1121 10:00:00.123456    4242 reflector.go:138] lookup payments.prod.svc.cluster.local on 10.96.0.10:53: no such host",
    grep: "svc.cluster.local on 10.96.0.10:53: no such host",
    expect: ["dns-loss"],
  },
  {
    category: "log",
    q: 'Update member of listener/pool(0b7c1c1e-7d0c-4d5e-9f3a-1a2b3c4d5e6f/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d) error: Failed to create member :(error_msg":"Quota exceeded for resources: members_per_pool","error_code":"ELB.8905","request_id":"00112233445566778899aabbccddeeff"},status code: 409',
    grep: "Quota exceeded for resources: members_per_pool",
    expect: ["elb-members-quota", "cce-elb"],
  },
  {
    category: "log",
    q: "checkout-7d9f8c6b5-x2k9p   0/1     CrashLoopBackOff   7          12m",
    grep: "CrashLoopBackOff",
    expect: ["spot-stockout", "istio-sidecar", "new-year"],
  },
  { category: "log", q: "Readiness probe failed: HTTP probe failed with statuscode: 503", expect: ["probe-fail"] },
  { category: "fuzzy", q: "memebers_per_pool", grep: "memebers_per_pool", expect: ["elb-members-quota", "cce-elb"] },
  { category: "fuzzy", q: "ELB8905", grep: "ELB8905", expect: ["elb-members-quota", "cce-elb"] },
  {
    category: "fuzzy",
    q: "CrashLoopBakOff",
    grep: "CrashLoopBakOff",
    expect: ["istio-sidecar", "spot-stockout", "network-cutover", "new-year"],
  },
  { category: "fuzzy", q: "conntrak table full", grep: "conntrak table full", expect: ["conntrack"] },
  { category: "fuzzy", q: "ImagePulBackOff", grep: "ImagePulBackOff", expect: ["image-pull"] },
  { category: "cjk", q: "库存不足", expect: ["spot-stockout", "new-year"] },
  {
    category: "cjk",
    q: "配额",
    expect: ["api-throttle", "elb-members-quota", "slb-attach-quota", "cce-elb", "ack-slb", "etcd"],
  },
  { category: "cjk", q: "证书已过期", expect: ["cert-expiry"] },
  { category: "cjk", q: "磁盘空间不足", expect: ["disk-full"] },
  { category: "cjk", q: "同一台服务器可以重复添加为slb后端服务器的次数", expect: ["slb-attach-quota", "ack-slb"] },
  { category: "filtered", q: "quota", params: { provider: "Huawei Cloud" } },
  { category: "filtered", q: "dns", params: { severity: "SEV1" } },
  { category: "filtered", q: "connection refused", params: { pattern: "lb-quota-exhaustion" } },
  { category: "filtered", q: "oom", params: { year: "2024" } },
  { category: "filtered", q: "certificate", params: { component: "ingress-nginx", status: "any" } },
  { category: "filtered", q: "restart", params: { platform: "EKS", kind: "postmortem" } },
];
