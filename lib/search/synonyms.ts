import { chunks, tokenize } from "./tokens";

/**
 * Phrases on-call engineers use for the same failure. Query time only: a
 * query naming one phrase of a group also matches the others, so the index
 * stays what the postmortems say. Each phrase is lowercase and in one group;
 * keep groups to well-known equivalents, since every phrase widens the match.
 */
export const synonymGroups: ReadonlyArray<readonly string[]> = [
  // 137 is the exit code of a container killed by the OOM killer (128 + SIGKILL).
  ["oomkilled", "oom killed", "oom killer", "out of memory", "oom", "exit code 137"],
  ["liveness probe", "readiness probe", "startup probe", "health check", "healthcheck"],
  ["nxdomain", "servfail", "dns resolution", "name resolution", "cannot resolve", "could not resolve"],
  ["502", "503", "504", "5xx", "bad gateway", "service unavailable", "gateway timeout"],
  ["kube-apiserver", "api server", "apiserver", "control plane"],
  ["crashloopbackoff", "crashloop", "crash loop", "crash looping"],
  ["imagepullbackoff", "errimagepull", "image pull", "failed to pull image"],
  ["conntrack", "nf_conntrack", "connection tracking"],
  // RequestLimitExceeded is the AWS API's throttling error; 429 is HTTP's.
  [
    "throttled",
    "throttling",
    "rate limit",
    "rate limited",
    "rate limiting",
    "requestlimitexceeded",
    "rate exceeded",
    "too many requests",
    "429",
  ],
  ["evicted", "eviction", "evictions"],
  ["certificate expired", "certificate has expired", "expired certificate", "cert expired", "x509"],
  // ENOSPC is the errno behind "no space left on device".
  ["no space left on device", "disk full", "enospc"],
  ["connection refused", "econnrefused"],
  ["connection reset by peer", "connection reset", "econnreset"],
  // EMFILE is the errno behind "too many open files".
  ["too many open files", "emfile"],
  ["failedscheduling", "unschedulable", "failed scheduling"],
  ["notready", "node not ready"],
  ["k8s", "kubernetes"],
  ["hpa", "horizontalpodautoscaler", "horizontal pod autoscaler"],
  ["pdb", "poddisruptionbudget", "pod disruption budget"],
  ["pvc", "persistentvolumeclaim", "persistent volume claim"],
  ["load balancer", "loadbalancer"],
  ["segfault", "segmentation fault", "sigsegv"],
  ["split brain", "splitbrain"],
  ["clock skew", "clock drift", "time drift"],
  // "Seconds_Behind_Master" is how MySQL reports replica lag.
  ["replication lag", "replica lag", "seconds behind master"],
];

export interface SynonymPhrase {
  group: number;
  phrase: string;
  /** Chunk keys the typed text must have in a row (`nf_conntrack` -> `nfconntrack`). */
  keys: string[];
  /** What the phrase searches for when it is a synonym: its tokens, each required. */
  tokens: string[];
}

const phrases: SynonymPhrase[] = synonymGroups.flatMap((group, i) =>
  group.map((phrase) => ({
    group: i,
    phrase,
    keys: chunks(phrase).map((c) => c.key),
    tokens: [...new Set(tokenize(phrase).tokens)],
  })),
);

const byFirstKey = new Map<string, SynonymPhrase[]>();
for (const p of [...phrases].sort((a, b) => b.keys.length - a.keys.length)) {
  byFirstKey.set(p.keys[0]!, [...(byFirstKey.get(p.keys[0]!) ?? []), p]);
}

/** The longest phrase whose keys start at `keys[at]`, if any. */
export function synonymAt(keys: string[], at: number): SynonymPhrase | undefined {
  return byFirstKey.get(keys[at]!)?.find((p) => p.keys.every((k, j) => keys[at + j] === k));
}

/** The other phrases of the group, in the order written. */
export function synonymsOf(match: SynonymPhrase): SynonymPhrase[] {
  return phrases.filter((p) => p.group === match.group && p.phrase !== match.phrase);
}
