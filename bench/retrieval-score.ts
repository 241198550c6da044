import type { PrismaClient } from "@/lib/db/client";
import type { SearchResponse } from "@/lib/search/types";
import type { SearchParams } from "@/lib/validations/search";

export interface RetrievalQuery {
  id: string;
  postmortem: string;
  q: string;
  style: "symptom" | "paste";
  patterns: string[];
}

export interface RetrievalQueries {
  queries: RetrievalQuery[];
  negatives: Array<{ id: string; q: string; why: string }>;
}

/** How a bench searches: the database engine, or the snapshot engine over a snapshot rebuilt after each change. */
export interface SearchEngine {
  name: "database" | "snapshot";
  search: (params: SearchParams) => Promise<SearchResponse>;
  /** the bench changed documents (leave-one-out): the engine catches up before the next search */
  changed: () => Promise<void>;
}

export async function databaseEngine(): Promise<SearchEngine> {
  const { searchEverything } = await import("@/lib/search/search-everything");
  return { name: "database", search: (params) => searchEverything(params), changed: async () => {} };
}

/** The snapshot engine, as /api/search answers when the database is unreachable (published only). */
export async function snapshotEngine(prisma: PrismaClient): Promise<SearchEngine & { build: () => Promise<void> }> {
  const { buildSearchSnapshot } = await import("@/lib/search/snapshot/build-snapshot");
  const { searchSnapshot } = await import("@/lib/search/memory/browser-search");
  let snapshot = (await buildSearchSnapshot(prisma)).snapshot;
  const build = async () => {
    snapshot = (await buildSearchSnapshot(prisma)).snapshot;
  };
  return { name: "snapshot", search: (params) => searchSnapshot(snapshot, params), changed: build, build };
}

interface Ratio {
  hits: number;
  total: number;
}

export interface RetrievalFigures {
  postmortems: number;
  patterns: number;
  queryCount: number;
  negativeCount: number;
  incidentAt1: Ratio;
  incidentAt3: Ratio;
  patternAt3Visible: Ratio;
  patternAt3Hidden: Ratio;
  /** leave-one-out that also removes what pattern pages say about the hidden incident */
  patternAt3Strict: Ratio;
  signatureAt1: Ratio;
  negativesFlagged: Ratio;
  positivesHigh: Ratio;
  positivesFlagged: Ratio;
  latency: { p50: number; p95: number };
  misses: string[];
  /** the first postmortem answered for each visible query, signature and negative (to compare engines) */
  firsts: Record<string, string | null>;
}

const ratio = (): Ratio => ({ hits: 0, total: 0 });
const count = (r: Ratio, hit: boolean) => {
  r.total += 1;
  if (hit) r.hits += 1;
};

/**
 * Runs every query through searchEverything (the code behind /api/search) as a reader
 * without an account, and scores it. Leave-one-out unpublishes each postmortem in turn
 * (its search document and lexicon counts follow, as for any draft) and restores it.
 */
export async function scoreRetrieval(
  prisma: PrismaClient,
  set: RetrievalQueries,
  engine?: SearchEngine,
): Promise<RetrievalFigures> {
  const { search: searchWith, changed } = engine ?? (await databaseEngine());
  const { refreshSearchDocuments: refreshDocuments } = await import("@/lib/search/refresh-search-documents");
  const refreshSearchDocuments: typeof refreshDocuments = async (...args) => {
    const report = await refreshDocuments(...args);
    // inside the bench's transaction: the engine catches up once it has committed (pending)
    pending = true;
    return report;
  };
  let pending = false;
  const timings: number[] = [];
  const search = async (q: string, extra: Partial<SearchParams> = {}): Promise<SearchResponse> => {
    if (pending) {
      pending = false;
      await changed();
    }
    const started = performance.now();
    const response = await searchWith({ q, status: "published", limit: 10, offset: 0, ...extra });
    timings.push(performance.now() - started);
    return response;
  };
  const f: RetrievalFigures = {
    postmortems: await prisma.postmortem.count({ where: { status: "published" } }),
    patterns: await prisma.failurePattern.count(),
    queryCount: set.queries.length,
    negativeCount: set.negatives.length,
    incidentAt1: ratio(),
    incidentAt3: ratio(),
    patternAt3Visible: ratio(),
    patternAt3Hidden: ratio(),
    patternAt3Strict: ratio(),
    signatureAt1: ratio(),
    negativesFlagged: ratio(),
    positivesHigh: ratio(),
    positivesFlagged: ratio(),
    latency: { p50: 0, p95: 0 },
    misses: [],
    firsts: {},
  };
  const topPatterns = (r: SearchResponse) => r.groups.patterns.items.slice(0, 3).map((i) => i.slug);
  const topIncidents = (r: SearchResponse) => r.groups.postmortems.items.map((i) => i.slug);
  const flagged = (r: SearchResponse) => r.confidence === "none" || r.confidence === "low";

  for (const query of set.queries) {
    const r = await search(query.q);
    const incidents = topIncidents(r);
    f.firsts[`query ${query.id}`] = incidents[0] ?? null;
    count(f.incidentAt1, incidents[0] === query.postmortem);
    count(f.incidentAt3, incidents.slice(0, 3).includes(query.postmortem));
    const patternHit = topPatterns(r).some((slug) => query.patterns.includes(slug));
    count(f.patternAt3Visible, patternHit);
    count(f.positivesHigh, r.confidence === "high");
    count(f.positivesFlagged, flagged(r));
    if (incidents[0] !== query.postmortem) f.misses.push(`incident ${query.id}: got ${incidents[0] ?? "nothing"}`);
  }

  const byPostmortem = new Map<string, RetrievalQuery[]>();
  for (const q of set.queries) byPostmortem.set(q.postmortem, [...(byPostmortem.get(q.postmortem) ?? []), q]);
  for (const [slug, queries] of byPostmortem) {
    const pm = await prisma.postmortem.findUnique({ where: { slug }, select: { id: true, status: true } });
    if (!pm) throw new Error(`bench query names an unknown postmortem "${slug}"`);
    await setStatus(prisma, refreshSearchDocuments, pm.id, "draft");
    try {
      for (const query of queries) {
        const r = await search(query.q);
        const got = topPatterns(r);
        const hit = got.some((p) => query.patterns.includes(p));
        count(f.patternAt3Hidden, hit);
        if (!hit)
          f.misses.push(
            `pattern (hidden) ${query.id}: expected ${query.patterns.join("|")}, got ${got.join(", ") || "nothing"}`,
          );
      }
      const restore = await forgetMentions(prisma, refreshSearchDocuments, slug);
      try {
        for (const query of queries) {
          const r = await search(query.q);
          const got = topPatterns(r);
          const hit = got.some((p) => query.patterns.includes(p));
          count(f.patternAt3Strict, hit);
          if (!hit)
            f.misses.push(
              `pattern (strict) ${query.id}: expected ${query.patterns.join("|")}, got ${got.join(", ") || "nothing"}`,
            );
        }
      } finally {
        await restore();
      }
    } finally {
      await setStatus(prisma, refreshSearchDocuments, pm.id, pm.status);
    }
  }

  const signatures = await prisma.errorSignature.findMany({
    where: { postmortem: { status: "published" } },
    select: { text: true, postmortem: { select: { slug: true } } },
  });
  // A signature stored verbatim by several postmortems (`CrashLoopBackOff`) is answered by any of them.
  const holders = new Map<string, Set<string>>();
  for (const s of signatures) holders.set(s.text, (holders.get(s.text) ?? new Set()).add(s.postmortem.slug));
  for (const signature of signatures) {
    const r = await search(signature.text);
    const first = topIncidents(r)[0];
    f.firsts[`signature ${signature.text}`] = first ?? null;
    const hit = first !== undefined && holders.get(signature.text)!.has(first);
    count(f.signatureAt1, hit);
    if (!hit)
      f.misses.push(
        `signature of ${signature.postmortem.slug}: got ${first ?? "nothing"} for ${signature.text.slice(0, 60)}`,
      );
  }

  for (const negative of set.negatives) {
    const r = await search(negative.q);
    f.firsts[`negative ${negative.id}`] = topIncidents(r)[0] ?? null;
    count(f.negativesFlagged, flagged(r));
    if (!flagged(r))
      f.misses.push(
        `negative ${negative.id}: answered ${r.confidence ?? "(no confidence)"} with ${topIncidents(r)[0] ?? "-"}`,
      );
  }

  const sorted = [...timings].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  f.latency = { p50: at(0.5), p95: at(0.95) };
  return f;
}

async function setStatus(
  prisma: PrismaClient,
  refresh: (typeof import("@/lib/search/refresh-search-documents"))["refreshSearchDocuments"],
  id: string,
  status: "draft" | "in_review" | "published",
) {
  await prisma.$transaction(async (tx) => {
    await tx.postmortem.update({ where: { id }, data: { status } });
    await refresh(tx, { postmortemIds: [id] });
  });
}

const patternText = ["summary", "mechanism", "detectionSignals", "mitigations", "prevention"] as const;

/**
 * Pattern pages cite their incidents (by slug, with details): for a strict leave-one-out,
 * drop every paragraph or list item that names the hidden incident, as if the pattern had
 * been written without it. Returns the undo.
 */
async function forgetMentions(
  prisma: PrismaClient,
  refresh: (typeof import("@/lib/search/refresh-search-documents"))["refreshSearchDocuments"],
  slug: string,
): Promise<() => Promise<void>> {
  const patterns = await prisma.failurePattern.findMany({
    where: { OR: patternText.map((field) => ({ [field]: { contains: slug } })) },
    select: { id: true, summary: true, mechanism: true, detectionSignals: true, mitigations: true, prevention: true },
  });
  const strip = (text: string) =>
    text
      .split(/\n(?=\s*\n|\s*[-*] |\s*\d+\. )/)
      .filter((part) => !part.includes(slug))
      .join("\n");
  const write = async (rows: typeof patterns) =>
    prisma.$transaction(async (tx) => {
      for (const { id, ...fields } of rows) await tx.failurePattern.update({ where: { id }, data: fields });
      await refresh(tx, { patternIds: rows.map((p) => p.id) });
    });
  await write(patterns.map((p) => ({ ...p, ...Object.fromEntries(patternText.map((f) => [f, strip(p[f])])) })));
  return () => write(patterns);
}

export interface ConfidenceSweepRow {
  high: number;
  focused: number;
  negativesFlagged: Ratio;
  positivesFlagged: Ratio;
}

/**
 * Calibration of confidence.ts: every positive and negative query searched at each "high"
 * threshold (the focused one kept 0.1 below), counting the flagged answers. The thresholds
 * are restored afterwards.
 */
export async function sweepConfidence(set: RetrievalQueries, highs: number[]): Promise<ConfidenceSweepRow[]> {
  const { searchEverything } = await import("@/lib/search/search-everything");
  const { confidenceParams } = await import("@/lib/search/confidence");
  const saved = { ...confidenceParams };
  const flagged = async (q: string) => {
    const r = await searchEverything({ q, status: "published", limit: 10, offset: 0 });
    return r.confidence !== "high";
  };
  const rows: ConfidenceSweepRow[] = [];
  try {
    for (const high of highs) {
      Object.assign(confidenceParams, { high, focused: high - 0.1 });
      const row = { high, focused: high - 0.1, negativesFlagged: ratio(), positivesFlagged: ratio() };
      for (const query of set.queries) count(row.positivesFlagged, await flagged(query.q));
      for (const negative of set.negatives) count(row.negativesFlagged, await flagged(negative.q));
      rows.push(row);
    }
  } finally {
    Object.assign(confidenceParams, saved);
  }
  return rows;
}
