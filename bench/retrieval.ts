// npm run bench:retrieval -- [--engine pglite|postgres] [--search both|database|snapshot] [--json bench/out/retrieval.json] [--sweep]
//                           [--scale 10000 [--url postgresql://...]] (only the snapshot at that many synthetic postmortems, on
//                           PostgreSQL; BENCH_KEEP=1 keeps the scratch database, --url measures a kept one again)
// Retrieval quality of outage search over content/ and the public-incidents pack, with the
// queries of bench/retrieval/queries.json (an engineer's words and pasted errors, never the
// postmortem's own sentences). Prints hits/total and % for: incident@1 and @3, pattern@3 with
// the incident visible and with it hidden (leave-one-out: unpublished, so its words leave the
// reader's lexicon too), signature@1 for every verbatim signature, how negatives and positives
// are flagged by `confidence`, and latency. --sweep adds the calibration of confidence: the
// flagged negatives and positives at each "high" coverage threshold. A benchmark, not a
// test: see BENCHMARKS.md. --search both (the default) also scores the snapshot engine (what
// /api/search answers from when the database is unreachable) and compares the first results.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

import {
  databaseEngine,
  scoreRetrieval,
  snapshotEngine,
  sweepConfidence,
  type RetrievalFigures,
  type RetrievalQueries,
} from "./retrieval-score";
import { openBenchDatabase } from "./retrieval-database";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const engine = (option("engine") ?? "pglite") as "pglite" | "postgres";
const searchWith = (option("search") ?? "both") as "both" | "database" | "snapshot";
const jsonOut = option("json") ?? path.join(root, "bench/out/retrieval.json");

if (option("scale")) {
  const { benchSnapshotScale } = await import("./retrieval-scale");
  await benchSnapshotScale(root, Number(option("scale")), option("url"));
  process.exit(0);
}

const queries = JSON.parse(readFileSync(path.join(root, "bench/retrieval/queries.json"), "utf8")) as RetrievalQueries;
const database = await openBenchDatabase(engine, [
  path.join(root, "content"),
  path.join(root, "packs/public-incidents"),
]);
try {
  const results: Record<string, RetrievalFigures> = {};
  if (searchWith !== "snapshot") {
    results.database = await scoreRetrieval(database.prisma, queries, await databaseEngine());
    print(results.database, `${engine} (database engine)`);
  }
  if (searchWith !== "database") {
    const { buildSearchSnapshot } = await import("@/lib/search/snapshot/build-snapshot");
    const started = performance.now();
    const build = await buildSearchSnapshot(database.prisma);
    const buildMs = performance.now() - started;
    const bytes = Buffer.byteLength(JSON.stringify(build.snapshot));
    const gzip = gzipSync(JSON.stringify(build.snapshot)).length;
    results.snapshot = await scoreRetrieval(database.prisma, queries, await snapshotEngine(database.prisma));
    print(results.snapshot, `the snapshot (memory engine)`);
    console.log(
      `\nsnapshot of ${build.snapshot.documents.length} documents: ${(bytes / 1024).toFixed(0)} KB JSON, ${(gzip / 1024).toFixed(0)} KB gzip, built in ${buildMs.toFixed(0)} ms; ` +
        `stem.ts stems ${build.agreed}/${build.words} words of the documents as PostgreSQL (${((100 * build.agreed) / build.words).toFixed(2)}%), ${build.words - build.agreed} exceptions shipped`,
    );
  }
  if (results.database && results.snapshot) compare(results.database, results.snapshot);
  const figures = results.database ?? results.snapshot!;
  if (args.includes("--sweep")) {
    console.log(`\nconfidence sweep (the focused threshold 0.1 below "high"):`);
    console.log(`${"high".padEnd(6)} ${"negatives flagged".padStart(20)} ${"positives flagged".padStart(20)}`);
    const pct = (r: { hits: number; total: number }) =>
      `${r.hits}/${r.total} ${((100 * r.hits) / r.total).toFixed(1).padStart(5)}%`;
    for (const row of await sweepConfidence(queries, [0.45, 0.5, 0.55, 0.6, 0.65]))
      console.log(
        `${row.high.toFixed(2).padEnd(6)} ${pct(row.negativesFlagged).padStart(20)} ${pct(row.positivesFlagged).padStart(20)}`,
      );
  }
  mkdirSync(path.dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify({ engine, at: new Date().toISOString(), ...figures, results }, null, 2));
  console.log(`\nwritten ${path.relative(root, jsonOut)}`);
} finally {
  await database.close();
}

/** How often both engines answer the same first postmortem (nothing counts as an answer too). */
function compare(db: RetrievalFigures, snap: RetrievalFigures) {
  const keys = Object.keys(db.firsts);
  const differ = keys.filter((k) => db.firsts[k] !== snap.firsts[k]);
  const agreed = keys.length - differ.length;
  console.log(
    `\nfirst result, database vs snapshot engine: ${agreed}/${keys.length} agree (${((100 * agreed) / keys.length).toFixed(1)}%)   target >= 90%`,
  );
  for (const k of differ.slice(0, 15))
    console.log(`  ${k.slice(0, 70)}: database ${db.firsts[k] ?? "-"}, snapshot ${snap.firsts[k] ?? "-"}`);
}

function print(f: RetrievalFigures, label: string = engine) {
  const row = (label: string, r: { hits: number; total: number }, target?: string) =>
    console.log(
      `${label.padEnd(44)} ${`${r.hits}/${r.total}`.padStart(9)}  ${((100 * r.hits) / Math.max(r.total, 1)).toFixed(1).padStart(5)}%${target ? `   target ${target}` : ""}`,
    );
  console.log(
    `\nretrieval on ${label}: ${f.postmortems} postmortems, ${f.patterns} patterns, ${f.queryCount} queries, ${f.negativeCount} negatives\n`,
  );
  row("incident@1 (visible)", f.incidentAt1, ">= 90%");
  row("incident@3 (visible)", f.incidentAt3);
  row("pattern@3 (incident visible)", f.patternAt3Visible);
  row("pattern@3 (leave-one-out: incident hidden)", f.patternAt3Hidden, ">= 90%");
  row("pattern@3 (strict: also its mentions in patterns)", f.patternAt3Strict);
  row("signature@1 (each verbatim signature)", f.signatureAt1, "100%");
  row("negatives flagged (confidence none or low)", f.negativesFlagged, ">= 90%");
  row("positives answered high", f.positivesHigh);
  row("positives flagged (none or low)", f.positivesFlagged, "<= 5%");
  console.log(
    `\nlatency per search (in process): p50 ${f.latency.p50.toFixed(1)} ms, p95 ${f.latency.p95.toFixed(1)} ms`,
  );
  if (f.misses.length) {
    console.log(`\nmisses (first 25 of ${f.misses.length}):`);
    for (const miss of f.misses.slice(0, 25)) console.log(`  ${miss}`);
  }
}
