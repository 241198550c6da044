import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { ApiError } from "@/lib/api/errors";
import { importContent } from "@/lib/use-cases/import-content";
import { ConflictError } from "@/lib/postmortems/errors";
import { readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { exportPostmortem, importPostmortem } from "@/lib/use-cases/transfer-postmortem";

import { contentDir, fixtureContentDir } from "../helpers/paths";
import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
// A reviewer: an author replacing a published postmortem proposes it for review (tests/integration/proposals.test.ts).
const author = { id: "author-1", role: "reviewer" as const };

before(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.HINDSIGHT_DB_POOL_MAX = String(database.poolMax);
  for (const dir of [fixtureContentDir, contentDir]) {
    const report = await importContent(database.prisma, dir);
    assert.deepEqual(
      report.errors.map((e) => e.message),
      [],
    );
  }
  await database.prisma.user.create({
    data: { id: author.id, name: "Ada Author", email: "ada@example.test", role: author.role },
  });
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function everything() {
  const [postmortems, revisions] = await Promise.all([
    database.prisma.postmortem.findMany({
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, version: true, updatedAt: true },
    }),
    database.prisma.postmortemRevision.count(),
  ]);
  return {
    postmortems,
    revisions,
    data: await Promise.all(postmortems.map(async (p) => plain(await readPostmortemData(database.prisma, p.id)))),
  };
}

describe(`export and import of one postmortem (${engine})`, () => {
  test("exporting then importing every postmortem over itself yields identical data, one version later", async () => {
    const postmortems = await database.prisma.postmortem.findMany({ select: { id: true, slug: true, version: true } });
    assert.ok(postmortems.length >= 6);
    for (const pm of postmortems) {
      const before = plain(await readPostmortemData(database.prisma, pm.id));
      const text = await exportPostmortem(pm.id);
      const result = await importPostmortem(text, { replace: pm.version }, author);
      assert.deepEqual(result, { slug: pm.slug, version: pm.version + 1, created: false });
      assert.deepEqual(plain(await readPostmortemData(database.prisma, pm.id)), before, pm.slug);
      assert.equal(await exportPostmortem(pm.id), text, `${pm.slug}: a second export is byte-identical`);
      const revision = await database.prisma.postmortemRevision.findFirstOrThrow({
        where: { postmortemId: pm.id },
        orderBy: { version: "desc" },
      });
      assert.deepEqual([revision.version, revision.kind, revision.authorId], [pm.version + 1, "import", author.id]);
    }
  });

  test("an export imported under a new slug is a new draft with the same content", async () => {
    const source = await database.prisma.postmortem.findUniqueOrThrow({ where: { slug: "fixture-quota-outage" } });
    const text = (await exportPostmortem(source.id)).replace("slug: fixture-quota-outage", "slug: fixture-copy");
    const result = await importPostmortem(text, {}, author);
    assert.deepEqual(result, { slug: "fixture-copy", version: 1, created: true });
    const copy = await database.prisma.postmortem.findUniqueOrThrow({ where: { slug: "fixture-copy" } });
    const [a, b] = [
      plain(await readPostmortemData(database.prisma, source.id)),
      plain(await readPostmortemData(database.prisma, copy.id)),
    ];
    assert.equal(a.status, "published");
    assert.deepEqual(b, { ...a, slug: "fixture-copy", status: "draft" });
  });

  test("bad uploads are refused with the field path, and nothing is written", async () => {
    const source = await database.prisma.postmortem.findUniqueOrThrow({ where: { slug: "fixture-quota-outage" } });
    const good = (await exportPostmortem(source.id)).replace("slug: fixture-quota-outage", "slug: new-upload");
    const before = await everything();
    const refused = async (text: string, field: string, message: RegExp, replace?: number) => {
      await assert.rejects(importPostmortem(text, { replace }, author), (e: ApiError) => {
        assert.equal(e.status, 422, e.message);
        assert.equal(e.details.field, field, e.message);
        assert.match(e.message, message);
        return true;
      });
    };
    await refused(
      good.replace(/at: 2024-03-05T10:52:00\+08:00/, "at: 2024-13-45T99:00:00+08:00"),
      "timeline[3].at",
      /not a date/,
    );
    await refused(good.replace(/^startedAt: .*$/m, "startedAt: last tuesday"), "startedAt", /not a date/);
    await refused(
      good
        .replace("  - fixture-quota\n", "  - no-such-pattern\n")
        .replace("  - slug: fixture-quota\n", "  - slug: no-such-pattern\n"),
      "patterns[0]",
      /unknown pattern "no-such-pattern"/,
    );
    await refused(
      good.replace("limit: fixture-lb-members", "limit: no-such-limit"),
      "limits[0].limit",
      /unknown limit "no-such-limit"/,
    );
    await refused("not a content file", "(file)", /missing front matter/);
    await refused(good.replace("title: ", "title: [unclosed "), "(file)", /malformed YAML/);
    // The same checks guard an overwrite.
    await refused(
      good.replace("slug: new-upload", "slug: fixture-quota-outage").replace(/^startedAt: .*$/m, "startedAt: soon"),
      "startedAt",
      /not a date/,
      source.version,
    );
    assert.deepEqual(await everything(), before);
  });

  test("importing over an existing slug needs ?replace with its current version", async () => {
    const source = await database.prisma.postmortem.findUniqueOrThrow({ where: { slug: "fixture-quota-outage" } });
    const text = await exportPostmortem(source.id);
    const before = await everything();
    await assert.rejects(
      importPostmortem(text, {}, author),
      (e: ApiError) =>
        e.status === 409 &&
        e.code === "slug_taken" &&
        (e.body() as { current: { version: number } }).current.version === source.version,
    );
    await assert.rejects(
      importPostmortem(text, { replace: source.version - 1 }, author),
      (e: unknown) => e instanceof ConflictError && e.current.version === source.version,
    );
    assert.deepEqual(await everything(), before);
  });
});
