import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import type { RetrievalQueries } from "../../bench/retrieval-score";
import { contentDir, packDir, repoRoot } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

// The snapshot engine (what /api/search answers from while the database is unreachable)
// against the database engine over content/ and the pack, and the server's snapshot kept
// up to date by the writes of the use-cases. Runs on PGlite, or on PostgreSQL with DATABASE_URL.

/** `npm run bench:retrieval` measures 236/236 first results alike (BENCHMARKS.md); a little below. */
const PARITY_FLOOR = 0.97;
const WORD = "zorbulator";
const LATER = "quixotrance";

let database: TestDatabase;
let dataDir: string;
let lib: {
  searchEverything: typeof import("@/lib/search/search-everything").searchEverything;
  searchSnapshot: typeof import("@/lib/search/memory/browser-search").searchSnapshot;
  buildSearchSnapshot: typeof import("@/lib/search/snapshot/build-snapshot").buildSearchSnapshot;
  holder: typeof import("@/lib/search/snapshot/snapshot-holder");
  saving: typeof import("@/lib/use-cases/save-postmortem");
  changeStatus: typeof import("@/lib/use-cases/change-postmortem-status").changeStatus;
};
const author = { id: "snapshot-author", role: "admin" as const };

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "hindsight-snapshot-"));
  process.env.HINDSIGHT_DATA_DIR = dataDir;
  database = await createContentDatabase(contentDir, packDir);
  await database.prisma.user.create({
    data: { id: author.id, name: "Sam Snapshot", email: "sam@example.test", role: "admin" },
  });
  lib = {
    searchEverything: (await import("@/lib/search/search-everything")).searchEverything,
    searchSnapshot: (await import("@/lib/search/memory/browser-search")).searchSnapshot,
    buildSearchSnapshot: (await import("@/lib/search/snapshot/build-snapshot")).buildSearchSnapshot,
    holder: await import("@/lib/search/snapshot/snapshot-holder"),
    saving: await import("@/lib/use-cases/save-postmortem"),
    changeStatus: (await import("@/lib/use-cases/change-postmortem-status")).changeStatus,
  };
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const params = (q: string) => ({ q, status: "published" as const, limit: 10, offset: 0 });

describe(`the snapshot engine answers as the database does (${engine})`, () => {
  test("the first result agrees with the database engine's on the bench queries, signatures and negatives", async () => {
    const set = JSON.parse(
      await readFile(path.join(repoRoot, "bench/retrieval/queries.json"), "utf8"),
    ) as RetrievalQueries;
    const signatures = await database.prisma.errorSignature.findMany({
      where: { postmortem: { status: "published" } },
      select: { text: true },
    });
    const queries = [
      ...set.queries.map((q) => q.q),
      ...signatures.map((s) => s.text),
      ...set.negatives.map((n) => n.q),
    ];
    const { snapshot, words, agreed } = await lib.buildSearchSnapshot(database.prisma);
    assert.ok(agreed / words > 0.99, `stem.ts agrees with PostgreSQL on ${agreed} of ${words} words`);
    const differ: string[] = [];
    for (const q of queries) {
      const [db, memory] = [await lib.searchEverything(params(q)), await lib.searchSnapshot(snapshot, params(q))];
      assert.equal(memory.source.kind, "snapshot");
      const first = (r: typeof db) => r.groups.postmortems.items[0]?.slug ?? null;
      if (first(db) !== first(memory))
        differ.push(`${q.slice(0, 60)}: database ${first(db)}, snapshot ${first(memory)}`);
    }
    const share = (queries.length - differ.length) / queries.length;
    assert.ok(share >= PARITY_FLOOR, `${differ.length} of ${queries.length} differ:\n${differ.join("\n")}`);
  });

  test("the snapshot holds only what anyone may read: no draft, no search_terms count of drafts", async () => {
    const { snapshot } = await lib.buildSearchSnapshot(database.prisma);
    const published = await database.prisma.postmortem.count({ where: { status: "published" } });
    const patterns = await database.prisma.failurePattern.count();
    const limits = await database.prisma.limit.count();
    assert.equal(snapshot.documents.length, published + patterns + limits);
    assert.ok(snapshot.documents.every((d) => d.kind !== "postmortem" || d.status === "published"));
  });
});

describe(`the server's snapshot follows the writes (${engine})`, () => {
  const draft = (word: string) => ({
    slug: "snapshot-refresh-probe",
    title: `Workers lost to the ${word} daemon`,
    summary: `A synthetic postmortem of the snapshot tests: the ${word} daemon took the workers down.`,
    severity: "SEV4",
    startedAt: "2024-06-01T09:00:00+02:00",
    timeZone: "Europe/Paris",
    signatures: [{ text: `${word}: out of workers`, source: "test" }],
  });
  const inHeld = async (q: string) => {
    const snapshot = await lib.holder.currentSearchSnapshot();
    assert.ok(snapshot);
    return (await lib.searchSnapshot(snapshot, params(q))).groups.postmortems.items.map((i) => i.slug);
  };

  test("a draft never enters it; publishing and saving show in it as soon as the write returns, and on disk", async () => {
    assert.deepEqual(await inHeld(WORD), []);
    const created = await lib.saving.createPostmortem(draft(WORD), author);
    assert.deepEqual(await inHeld(WORD), [], "a draft is searchable in the snapshot");
    const held = await lib.holder.currentSearchSnapshot();
    assert.ok(!JSON.stringify(held).includes(WORD), "a draft's word is in the snapshot");

    const review = await lib.changeStatus(created.slug, { to: "in_review", version: created.version }, author);
    assert.deepEqual(await inHeld(WORD), [], "a postmortem in review is searchable in the snapshot");
    const published = await lib.changeStatus(created.slug, { to: "published", version: review.version }, author);
    assert.deepEqual(await inHeld(WORD), ["snapshot-refresh-probe"]);

    const saved = await lib.saving.savePostmortem(
      created.slug,
      { version: published.version, postmortem: draft(LATER) },
      author,
    );
    assert.ok("version" in saved);
    assert.deepEqual(await inHeld(LATER), ["snapshot-refresh-probe"]);
    assert.deepEqual(await inHeld(WORD), []);

    // the copy on disk follows a moment later (it is written after a burst of writes)
    const file = lib.holder.snapshotFile();
    assert.ok(file.startsWith(dataDir));
    let copy = "";
    for (let i = 0; i < 50 && !copy.includes(LATER); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      copy = await readFile(file, "utf8").catch(() => "");
    }
    assert.ok(copy.includes(LATER), "the disk copy has the saved word");
    assert.ok(!copy.includes(WORD), "the disk copy still has the old word");
  });
});

describe(`GET /api/search/snapshot (${engine})`, () => {
  test("serves the published snapshot with an ETag (304 when unchanged), never a draft, and 404 with HINDSIGHT_OFFLINE=false", async () => {
    const route = await import("@/app/api/search/snapshot/route");
    const secret = "snapshotdraftonlyword";
    await lib.saving.createPostmortem(
      {
        slug: "snapshot-download-draft",
        title: `A draft about ${secret}`,
        summary: `Only a draft mentions ${secret}.`,
        severity: "SEV4",
        startedAt: "2024-06-01T09:00:00+02:00",
        timeZone: "Europe/Paris",
      },
      author,
    );
    const response = await route.GET(new Request("http://localhost/api/search/snapshot"));
    assert.equal(response.status, 200);
    assert.match(response.headers.get("cache-control") ?? "", /no-cache/);
    const etag = response.headers.get("etag");
    assert.ok(etag);
    const text = await response.text();
    assert.ok(!text.includes(secret), "a draft's word is in the download");
    const body = JSON.parse(text) as { version: number; takenAt: string; documents: Array<{ slug: string }> };
    assert.equal(body.version, 1);
    assert.ok(!Number.isNaN(Date.parse(body.takenAt)));
    assert.ok(body.documents.some((d) => d.slug === "cce-elb-members-per-pool-quota"));

    const again = await route.GET(
      new Request("http://localhost/api/search/snapshot", { headers: { "if-none-match": etag } }),
    );
    assert.equal(again.status, 304);

    process.env.HINDSIGHT_OFFLINE = "false";
    try {
      const off = await route.GET(new Request("http://localhost/api/search/snapshot"));
      assert.equal(off.status, 404);
    } finally {
      delete process.env.HINDSIGHT_OFFLINE;
    }
  });
});
