import assert from "node:assert/strict";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { ApiError } from "@/lib/api/errors";
import { importContent } from "@/lib/use-cases/import-content";
import { changeStatus } from "@/lib/use-cases/change-postmortem-status";
import { ConflictError } from "@/lib/postmortems/errors";
import { readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { getRevision, listRevisions } from "@/lib/postmortems/revisions";
import { restoreRevision } from "@/lib/use-cases/restore-revision";
import { createPostmortem, savePostmortem } from "@/lib/use-cases/save-postmortem";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { fixtureContentDir } from "../helpers/paths";
import { withTempDir } from "../helpers/temp-dir";
import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

// lib/postmortems talks to "@/lib/db", which connects on first use to DATABASE_URL.
let database: TestDatabase;
const author = { id: "author-1", role: "author" as const };
const reviewer = { id: "reviewer-1", role: "reviewer" as const };

before(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.HINDSIGHT_DB_POOL_MAX = String(database.poolMax);
  const report = await importContent(database.prisma, fixtureContentDir);
  assert.deepEqual(
    report.errors.map((e) => e.message),
    [],
  );
  await database.prisma.user.createMany({
    data: [
      { id: author.id, name: "Ada Author", email: "ada@example.test", role: "author" },
      { id: reviewer.id, name: "Rei Reviewer", email: "rei@example.test", role: "reviewer" },
    ],
  });
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function stored(slug: string): Promise<{ version: number; data: PostmortemData }> {
  const row = await database.prisma.postmortem.findUniqueOrThrow({
    where: { slug },
    select: { id: true, version: true },
  });
  return { version: row.version, data: plain(await readPostmortemData(database.prisma, row.id)) };
}

async function revisionsOf(slug: string) {
  return database.prisma.postmortemRevision.findMany({ where: { postmortem: { slug } }, orderBy: { version: "asc" } });
}

function draft(slug: string, title = "A draft about DNS"): Record<string, unknown> {
  return {
    slug,
    title,
    summary: "CoreDNS pods were evicted during a node drain.",
    severity: "SEV3",
    startedAt: "2025-01-02T03:04:05+00:00",
    patterns: ["fixture-dns"],
    timeline: [{ at: "2025-01-02T03:04:05+00:00", kind: "trigger", description: "Drain starts." }],
    rootCause: "No PodDisruptionBudget.",
  };
}

describe(`revisions (${engine})`, () => {
  test("the content importer writes one revision (kind import, no author) per postmortem it writes", async () => {
    const revisions = await revisionsOf("fixture-quota-outage");
    assert.deepEqual(
      revisions.map((r) => [r.version, r.kind, r.authorId]),
      [[1, "import", null]],
    );
    assert.deepEqual(revisions[0]!.snapshot, (await stored("fixture-quota-outage")).data);
  });

  test("creating a postmortem makes a draft at version 1 with one 'create' revision holding exactly what is stored", async () => {
    const result = await createPostmortem({ ...draft("dns-drain"), status: "published" }, author);
    assert.deepEqual(result, { slug: "dns-drain", version: 1 });
    const now = await stored("dns-drain");
    assert.equal(now.data.status, "draft", "the status of a new postmortem is always draft");
    const revisions = await revisionsOf("dns-drain");
    assert.deepEqual(
      revisions.map((r) => [r.version, r.kind, r.authorId]),
      [[1, "create", author.id]],
    );
    assert.deepEqual(revisions[0]!.snapshot, now.data);
  });

  test("every save bumps the version by exactly one and writes exactly one revision", async () => {
    for (let i = 1; i <= 3; i++) {
      const before = await stored("dns-drain");
      const result = await savePostmortem(
        "dns-drain",
        { version: before.version, postmortem: { ...before.data, title: `Save ${i}` } },
        author,
      );
      assert.equal(result.version, before.version + 1);
      const revisions = await revisionsOf("dns-drain");
      assert.deepEqual(
        revisions.map((r) => r.version),
        Array.from({ length: before.version + 1 }, (_, k) => k + 1),
      );
      assert.equal(revisions.at(-1)!.kind, "save");
      assert.deepEqual(revisions.at(-1)!.snapshot, (await stored("dns-drain")).data);
    }
    assert.equal((await stored("dns-drain")).data.title, "Save 3");
  });

  test("a status change writes one 'status' revision and follows the roles", async () => {
    const { version } = await stored("dns-drain");
    const toReview = await changeStatus("dns-drain", { to: "in_review", version }, author);
    assert.deepEqual(toReview, { status: "in_review", version: version + 1 });
    await assert.rejects(
      changeStatus("dns-drain", { to: "published", version: version + 1 }, author),
      (e: ApiError) => e.status === 403,
    );
    await assert.rejects(
      changeStatus("dns-drain", { to: "in_review", version: version + 1 }, reviewer),
      (e: ApiError) => e.code === "invalid_transition",
    );
    const published = await changeStatus("dns-drain", { to: "published", version: version + 1 }, reviewer);
    // The draft has no resolution: the publish says so (it does not block it).
    assert.deepEqual(published, {
      status: "published",
      version: version + 2,
      warnings: [{ field: "resolution", message: "The resolution is empty." }],
    });
    const revisions = await revisionsOf("dns-drain");
    assert.deepEqual(
      revisions.slice(-2).map((r) => [r.kind, r.note]),
      [
        ["status", "draft → in review"],
        ["status", "in review → published"],
      ],
    );
    assert.equal(
      await database.prisma.searchDocument.count({ where: { slug: "dns-drain", status: "published" } }),
      1,
      "search sees the new status",
    );
  });

  test("restoring makes a new revision whose snapshot equals the restored one, keeping the history", async () => {
    const postmortemId = (await database.prisma.postmortem.findUniqueOrThrow({ where: { slug: "dns-drain" } })).id;
    const old = await getRevision(postmortemId, 2);
    assert.equal(old!.postmortem.title, "Save 1");
    const { version } = await stored("dns-drain");
    // A reviewer: an author's restore on a published postmortem is a proposal (tests/integration/proposals.test.ts).
    const result = await restoreRevision("dns-drain", 2, { version }, reviewer);
    assert.equal(result.version, version + 1);
    const revisions = await revisionsOf("dns-drain");
    const restored = revisions.at(-1)!;
    assert.equal(restored.kind, "restore");
    assert.equal(restored.note, "restored version 2");
    // Version 2 was a draft; the status stays what it is now (published).
    assert.deepEqual(restored.snapshot, { ...plain(old!.postmortem), status: "published" });
    assert.deepEqual((await stored("dns-drain")).data, restored.snapshot);
    assert.deepEqual(
      (await listRevisions(postmortemId)).map((r) => r.version),
      Array.from({ length: version + 1 }, (_, k) => version + 1 - k),
    );
    assert.match(old!.text, /^---\nslug: dns-drain\ntitle: Save 1\n/);
  });

  test("a stale save gets a ConflictError with the current postmortem, and writes nothing", async () => {
    const before = await stored("dns-drain");
    const revisionsBefore = await revisionsOf("dns-drain");
    const error = await savePostmortem(
      "dns-drain",
      { version: before.version - 1, postmortem: { ...before.data, title: "Lost?" } },
      author,
    ).then(
      () => assert.fail("a stale save must not succeed"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ConflictError);
    assert.equal(error.status, 409);
    assert.equal(error.current.version, before.version);
    assert.deepEqual(plain(error.current.postmortem), before.data);
    assert.deepEqual(error.current.updatedBy, { name: "Rei Reviewer" });
    assert.deepEqual(await stored("dns-drain"), before);
    assert.equal((await revisionsOf("dns-drain")).length, revisionsBefore.length);
  });

  test("a save naming an unknown pattern is a 422 with the field, and writes nothing", async () => {
    const before = await stored("dns-drain");
    await assert.rejects(
      savePostmortem(
        "dns-drain",
        { version: before.version, postmortem: { ...before.data, patterns: ["fixture-dns", "no-such-pattern"] } },
        author,
      ),
      (e: ApiError) =>
        e.status === 422 && e.details.field === "patterns[1]" && /unknown pattern "no-such-pattern"/.test(e.message),
    );
    await assert.rejects(
      savePostmortem(
        "dns-drain",
        { version: before.version, postmortem: { ...before.data, startedAt: "yesterday" } },
        author,
      ),
      (e: ApiError) => e.status === 422 && e.details.field === "startedAt",
    );
    assert.deepEqual(await stored("dns-drain"), before);
  });

  test("a changed content file is not imported over edits made in the app, unless asked to", async () => {
    const fixture = await stored("fixture-quota-outage");
    await savePostmortem(
      "fixture-quota-outage",
      { version: fixture.version, postmortem: { ...fixture.data, title: "Edited in the browser" } },
      reviewer,
    );
    await withTempDir(async (dir) => {
      await cp(fixtureContentDir, dir, { recursive: true });
      // Unchanged file: skipped, the edit stays.
      let report = await importContent(database.prisma, dir);
      assert.equal(report.errors.length, 0);
      assert.equal((await stored("fixture-quota-outage")).data.title, "Edited in the browser");
      // Changed file: refused with a reason.
      const file = path.join(dir, "postmortems/fixture-quota-outage.md");
      await writeFile(
        file,
        (await readFile(file, "utf8")).replace("summary: A test fixture.", "summary: A changed fixture."),
      );
      report = await importContent(database.prisma, dir);
      assert.equal(report.errors.length, 1);
      assert.match(report.errors[0]!.message, /was edited in the app since its last import \(now version 2\)/);
      assert.equal((await stored("fixture-quota-outage")).data.title, "Edited in the browser");
      // Asked to: the file wins, with an import revision; the edit stays in the history.
      report = await importContent(database.prisma, dir, { overwrite: true });
      assert.deepEqual(report.written, [file]);
      const revisions = await revisionsOf("fixture-quota-outage");
      assert.deepEqual(
        revisions.map((r) => [r.version, r.kind]),
        [
          [1, "import"],
          [2, "save"],
          [3, "import"],
        ],
      );
      assert.equal((revisions[1]!.snapshot as { title: string }).title, "Edited in the browser");
    });
  });
});
