import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { savedCache, savedAtHeader, snapshotKey } from "@/components/offline/cache-names";
import { searchOffline } from "@/components/offline/offline-search";
import type { SnapshotEngine } from "@/components/offline/snapshot-engine";
import { ApiError } from "@/lib/api/client";
import { emptyGroups, type SearchResponse } from "@/lib/search/types";

// The offline search's plumbing: the saved snapshot out of Cache Storage, into the
// engine it is given, with the parameters /api/search would parse. Cache Storage is
// the browser's; here a Map stands in for it.

function cacheStorage(entries: Record<string, Record<string, Response>>): CacheStorage {
  return {
    open: async (name: string) => ({ match: async (key: string) => entries[name]?.[key]?.clone() }) as unknown as Cache,
  } as CacheStorage;
}

afterEach(() => {
  delete (globalThis as { caches?: CacheStorage }).caches;
});

// `as`: the answer's `source` is in SearchResponse once lib/search/memory has landed.
const answer = (q: string) =>
  ({
    source: { kind: "snapshot", takenAt: "2026-12-01T10:00:00.000Z" },
    query: {
      q,
      normalized: q,
      truncated: false,
      terms: [q],
      corrections: [],
      translations: [],
      synonyms: [],
      ignored: [],
    },
    notices: ["from the engine"],
    filters: {},
    limit: 10,
    offset: 0,
    groups: emptyGroups(),
    confidence: "high",
    confidenceReason: "test",
    tookMs: 1,
  }) as SearchResponse;

test("the saved snapshot and the parsed parameters go to the engine; the answer says how old the copy is", async () => {
  const snapshot = { takenAt: "2026-12-01T10:00:00.000Z", documents: [{ slug: "cce-elb" }] };
  (globalThis as { caches?: CacheStorage }).caches = cacheStorage({
    [savedCache]: {
      [snapshotKey]: new Response(JSON.stringify(snapshot), {
        headers: { "content-type": "application/json", [savedAtHeader]: "2026-12-01T10:01:00.000Z" },
      }),
    },
  });
  const calls: Array<{ snapshot: unknown; params: Parameters<SnapshotEngine>[1] }> = [];
  // Asynchronous, as lib/search/memory's searchSnapshot is.
  const engine: SnapshotEngine = async (saved, params) => {
    calls.push({ snapshot: saved, params });
    return answer(params.q);
  };
  const response = await searchOffline({ q: "ELB.8905", filters: { kind: "postmortem" }, limit: 20 }, engine);
  assert.deepEqual(calls[0]!.snapshot, snapshot);
  assert.equal(calls[0]!.params.q, "ELB.8905");
  assert.equal(calls[0]!.params.limit, 20);
  assert.equal(calls[0]!.params.kind, "postmortem");
  assert.equal(calls[0]!.params.status, "published");
  assert.match(response.notices[0]!, /^You are offline: searched the copy saved .+ \(2026-12-01 \d\d:00\)\.$/);
  assert.equal(response.notices[1], "from the engine");
});

test("with nothing saved, or no engine, the answer is an ApiError that says what to do", async () => {
  (globalThis as { caches?: CacheStorage }).caches = cacheStorage({});
  await assert.rejects(
    searchOffline({ q: "x", filters: {}, limit: 10 }, (_, params) => answer(params.q)),
    (error: unknown) =>
      error instanceof ApiError && error.code === "offline_not_saved" && /Save for offline/.test(error.message),
  );
  (globalThis as { caches?: CacheStorage }).caches = cacheStorage({
    [savedCache]: { [snapshotKey]: new Response("{}", { headers: { "content-type": "application/json" } }) },
  });
  await assert.rejects(
    searchOffline({ q: "x", filters: {}, limit: 10 }, null),
    (error: unknown) => error instanceof ApiError && error.code === "offline_unavailable" && error.status === 0,
  );
});

test("a bad filter is refused as /api/search refuses it", async () => {
  (globalThis as { caches?: CacheStorage }).caches = cacheStorage({
    [savedCache]: { [snapshotKey]: new Response("{}", { headers: { "content-type": "application/json" } }) },
  });
  await assert.rejects(
    searchOffline({ q: "x", filters: { severity: "SEV9" }, limit: 10 }, (_, params) => answer(params.q)),
    (error: unknown) => error instanceof ApiError && error.status === 400 && /severity/.test(error.message),
  );
});
