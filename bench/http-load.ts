// Drives GET /api/search: sequential latency per query (after a warm-up round)
// and throughput with a few concurrent clients.
import { loadavg } from "node:os";

import type { SearchResponse } from "@/lib/search/types";

import type { BenchQuery } from "./queries";

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LatencyReport {
  all: Stats;
  /** The time searchEverything took inside the server (`tookMs`): no HTTP, JSON or client. */
  server: Stats;
  /** 1-minute load average of the machine before and after: this machine is shared. */
  load: [before: number, after: number];
  byCategory: Record<string, Stats>;
  queries: Array<{ category: string; q: string; p50: number; first: string | null; hit: boolean | null }>;
  hits: number;
  judged: number;
  errors: number;
}

export function summarize(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1),
    max: sorted.at(-1) ?? 0,
  };
}

function urlOf(baseUrl: string, query: BenchQuery): string {
  return `${baseUrl}/api/search?${new URLSearchParams({ q: query.q, limit: "10", ...query.params })}`;
}

async function timed(url: string): Promise<{ ms: number; status: number; body: SearchResponse | null }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = response.ok ? ((await response.json()) as SearchResponse) : (await response.text(), null);
  return { ms: performance.now() - started, status: response.status, body };
}

export async function measureLatency(
  baseUrl: string,
  queries: BenchQuery[],
  rounds: number,
  log: (line: string) => void,
): Promise<LatencyReport> {
  for (const query of queries) await timed(urlOf(baseUrl, query));
  const samples = queries.map(() => [] as number[]);
  const server: number[] = [];
  const loadBefore = loadavg()[0]!;
  const firsts: Array<string | null> = queries.map(() => null);
  let errors = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [i, query] of queries.entries()) {
      const { ms, status, body } = await timed(urlOf(baseUrl, query));
      if (status !== 200) errors++;
      samples[i]!.push(ms);
      if (body) server.push(body.tookMs);
      firsts[i] = body?.groups.postmortems.items[0]?.slug ?? null;
    }
  }
  const perQuery = queries.map((query, i) => {
    const first = firsts[i] ?? null;
    const hit = query.expect ? query.expect.some((prefix) => first?.startsWith(prefix)) : null;
    return { category: query.category, q: query.q, p50: summarize(samples[i]!).p50, first, hit };
  });
  const byCategory: Record<string, Stats> = {};
  for (const category of [...new Set(queries.map((q) => q.category))]) {
    byCategory[category] = summarize(queries.flatMap((q, i) => (q.category === category ? samples[i]! : [])));
  }
  const all = summarize(samples.flat());
  const inServer = summarize(server);
  const load: [number, number] = [loadBefore, loadavg()[0]!];
  log(
    `  latency over ${all.n} requests: p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms, p99 ${all.p99.toFixed(1)} ms, max ${all.max.toFixed(1)} ms${errors ? `, ${errors} errors` : ""}`,
  );
  log(
    `  inside the server (tookMs): p50 ${inServer.p50.toFixed(1)} ms, p95 ${inServer.p95.toFixed(1)} ms; load average ${load[0].toFixed(1)} before, ${load[1].toFixed(1)} after (2 cores)`,
  );
  for (const [category, stats] of Object.entries(byCategory))
    log(
      `    ${category.padEnd(9)} p50 ${stats.p50.toFixed(1).padStart(6)} ms  p95 ${stats.p95.toFixed(1).padStart(6)} ms`,
    );
  const misses = perQuery.filter((q) => q.hit === false);
  const judged = perQuery.filter((q) => q.hit !== null).length;
  log(
    `  first result as expected: ${judged - misses.length}/${judged}${misses.map((m) => `\n    miss: ${JSON.stringify(m.q.slice(0, 60))} -> ${m.first}`).join("")}`,
  );
  return { all, server: inServer, load, byCategory, queries: perQuery, hits: judged - misses.length, judged, errors };
}

export async function measureThroughput(
  baseUrl: string,
  queries: BenchQuery[],
  concurrency: number,
  seconds: number,
): Promise<{ requests: number; perSecond: number }> {
  const deadline = performance.now() + seconds * 1000;
  let requests = 0;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      await timed(urlOf(baseUrl, queries[next++ % queries.length]!));
      requests++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { requests, perSecond: requests / ((performance.now() - started) / 1000) };
}
