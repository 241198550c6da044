import assert from "node:assert/strict";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { exportContent } from "@/lib/use-cases/export-content";
import { importContent } from "@/lib/use-cases/import-content";
import { postmortemInclude } from "@/lib/postmortems/include";
import { postmortemToData } from "@/lib/postmortems/mapping";

import { contentDir, fixtureContentDir } from "../helpers/paths";
import { withTempDir } from "../helpers/temp-dir";
import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.drop());

async function snapshot(db: TestDatabase) {
  const postmortems = await db.prisma.postmortem.findMany({ orderBy: { slug: "asc" }, include: postmortemInclude });
  return JSON.parse(JSON.stringify(postmortems.map(postmortemToData)));
}

describe(`importing content (${engine})`, () => {
  test("importing the fixtures writes every part of the postmortem", async () => {
    const report = await importContent(database.prisma, fixtureContentDir);
    assert.deepEqual(
      report.errors.map((e) => e.message),
      [],
    );
    assert.equal(report.written.length, 4);
    const pm = await database.prisma.postmortem.findUniqueOrThrow({
      where: { slug: "fixture-quota-outage" },
      include: postmortemInclude,
    });
    assert.equal(pm.timeline.length, 5);
    assert.deepEqual(
      pm.timeline.map((e) => e.kind),
      ["trigger", "detection", "diagnosis", "mitigation", "resolution"],
    );
    assert.equal(pm.startedAt?.toISOString(), "2024-03-05T02:00:00.000Z");
    assert.equal(pm.limits[0]!.limitId, "fixture-lb-members");
    assert.equal(pm.limits[0]!.raisedTo, "200");
    assert.deepEqual(
      pm.patterns.map((p) => p.pattern.slug),
      ["fixture-quota", "fixture-dns"],
    );
    assert.equal(pm.signatures[0]!.text, "Quota exceeded for resources: fixture_members");
    assert.match(pm.diagrams[0]!.source, /flowchart LR/);
    assert.deepEqual(pm.tags.map((t) => t.tag.name).sort(), ["quota", "release"]);
    const related = await database.prisma.patternRelation.count();
    assert.equal(related, 2);
  });

  test("importing again writes nothing and duplicates nothing", async () => {
    const before = await snapshot(database);
    const report = await importContent(database.prisma, fixtureContentDir);
    assert.equal(report.written.length, 0);
    assert.equal(report.unchanged.length, 4);
    assert.equal(await database.prisma.postmortem.count(), 1);
    assert.equal(await database.prisma.timelineEvent.count(), 5);
    assert.equal(await database.prisma.tag.count(), 2);
    assert.deepEqual(await snapshot(database), before);
  });

  test("a changed file written again replaces its parts instead of adding to them", async () => {
    // A copy elsewhere is another file than the one imported, so it takes --overwrite (the same file changed in
    // place needs none: import-overwrite.test.ts).
    await withTempDir(async (dir) => {
      await cp(fixtureContentDir, dir, { recursive: true });
      const file = path.join(dir, "postmortems/fixture-quota-outage.md");
      const text = await readFile(file, "utf8");
      await writeFile(
        file,
        text.replace(
          "  - kind: capacity\n    text: The quota was at its default.\n",
          "  - kind: process\n    text: Nobody watched the quota.\n",
        ),
      );
      const report = await importContent(database.prisma, dir, { overwrite: true });
      assert.deepEqual(report.written, [file]);
      const factors = await database.prisma.contributingFactor.findMany();
      assert.deepEqual(
        factors.map((f) => f.text),
        ["Nobody watched the quota."],
      );
      const pm = await database.prisma.postmortem.findUniqueOrThrow({ where: { slug: "fixture-quota-outage" } });
      assert.equal(pm.version, 2);
    });
  });

  test("a bad file is reported with its path and field, nothing of it is written, the others are", async () => {
    await withTempDir(async (dir) => {
      await cp(fixtureContentDir, dir, { recursive: true });
      const good = await readFile(path.join(dir, "postmortems/fixture-quota-outage.md"), "utf8");
      const bad = path.join(dir, "postmortems/bad-date.md");
      await writeFile(
        bad,
        good
          .replace("slug: fixture-quota-outage", "slug: bad-date")
          .replace("at: 2024-03-05T10:52:00+08:00", "at: not-a-date"),
      );
      const unknown = path.join(dir, "postmortems/unknown-pattern.md");
      await writeFile(
        unknown,
        good
          .replace("slug: fixture-quota-outage", "slug: unknown-pattern")
          .replace("  - fixture-quota\n", "  - no-such-pattern\n"),
      );
      const dup = path.join(dir, "postmortems/zz-duplicate.md");
      await writeFile(dup, good);
      const yaml = path.join(dir, "postmortems/broken-yaml.md");
      await writeFile(yaml, good.replace("title: Fixture", "title: [Fixture"));

      const report = await importContent(database.prisma, dir);
      const messages = report.errors.map((e) => e.message).sort();
      assert.equal(messages.length, 5, messages.join("\n"));
      assert.ok(
        messages.some((m) => m.startsWith(`${bad}: timeline[3].at: not a date`)),
        messages.join("\n"),
      );
      assert.ok(
        messages.some((m) => m.startsWith(`${unknown}: patterns[0]: unknown pattern "no-such-pattern"`)),
        messages.join("\n"),
      );
      // Both files of a duplicate slug are refused, each naming the other.
      const original = path.join(dir, "postmortems/fixture-quota-outage.md");
      assert.ok(
        messages.some((m) =>
          m.startsWith(`${dup}: slug: duplicate "fixture-quota-outage": also defined by ${original}`),
        ),
        messages.join("\n"),
      );
      assert.ok(
        messages.some((m) =>
          m.startsWith(`${original}: slug: duplicate "fixture-quota-outage": also defined by ${dup}`),
        ),
        messages.join("\n"),
      );
      assert.ok(
        messages.some((m) => m.startsWith(`${yaml}: malformed YAML`)),
        messages.join("\n"),
      );
      const slugs = (await database.prisma.postmortem.findMany({ select: { slug: true } })).map((p) => p.slug);
      assert.deepEqual(slugs, ["fixture-quota-outage"]);
    });
  });

  test("a file that fails inside the database leaves nothing half-written", async () => {
    await withTempDir(async (dir) => {
      await cp(fixtureContentDir, dir, { recursive: true });
      const good = await readFile(path.join(dir, "postmortems/fixture-quota-outage.md"), "utf8");
      await rm(path.join(dir, "postmortems/fixture-quota-outage.md"));
      // Valid by the schema, but a constraint added for this test refuses its last timeline event, after the postmortem row is written.
      const file = path.join(dir, "postmortems/late-failure.md");
      await writeFile(
        file,
        good
          .replace("slug: fixture-quota-outage", "slug: late-failure")
          .replace("description: All members healthy.", "description: LATE FAILURE"),
      );
      await database.prisma.$executeRawUnsafe(
        `ALTER TABLE "timeline_events" ADD CONSTRAINT "test_no_resolution" CHECK (description <> 'LATE FAILURE')`,
      );
      try {
        const report = await importContent(database.prisma, dir);
        assert.equal(report.errors.length, 1);
        assert.match(report.errors[0]!.message, /late-failure\.md: not imported/);
        assert.equal(await database.prisma.postmortem.count({ where: { slug: "late-failure" } }), 0);
        assert.equal(await database.prisma.tag.count(), 2);
      } finally {
        await database.prisma.$executeRawUnsafe(`ALTER TABLE "timeline_events" DROP CONSTRAINT "test_no_resolution"`);
      }
    });
  });
});

describe(`exporting content (${engine})`, () => {
  test("importing an export yields identical data", async () => {
    await importContent(database.prisma, contentDir);
    const original = await snapshot(database);
    assert.ok(original.length >= 2, "the real content was imported too");
    await withTempDir(async (dir) => {
      await exportContent(database.prisma, dir);
      const copy = await createTestDatabase();
      try {
        const report = await importContent(copy.prisma, dir);
        assert.deepEqual(
          report.errors.map((e) => e.message),
          [],
        );
        assert.deepEqual(await snapshot(copy), original);
        const [limitsA, limitsB] = [
          await database.prisma.limit.findMany({ orderBy: { id: "asc" } }),
          await copy.prisma.limit.findMany({ orderBy: { id: "asc" } }),
        ];
        assert.deepEqual(
          limitsB.map(({ createdAt, updatedAt, sourceHash, sourcePath, ...rest }) => rest),
          limitsA.map(({ createdAt, updatedAt, sourceHash, sourcePath, ...rest }) => rest),
        );
        // A second export of the copy is byte-identical to the first.
        await withTempDir(async (dir2) => {
          const { files } = await exportContent(copy.prisma, dir2);
          for (const file of files) {
            const twin = path.join(dir, path.relative(dir2, file));
            assert.equal(await readFile(file, "utf8"), await readFile(twin, "utf8"), path.relative(dir2, file));
          }
        });
      } finally {
        await copy.drop();
      }
    });
  });
});
