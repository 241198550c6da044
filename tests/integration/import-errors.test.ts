import assert from "node:assert/strict";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { ContentError } from "@/lib/content/content-error";
import { importContent } from "@/lib/use-cases/import-content";

import { fixtureContentDir } from "../helpers/paths";
import { withTempDir } from "../helpers/temp-dir";
import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  const report = await importContent(database.prisma, fixtureContentDir);
  assert.deepEqual(
    report.errors.map((e) => e.message),
    [],
  );
});
after(() => database.drop());

const counts = async () => ({
  postmortems: await database.prisma.postmortem.count(),
  revisions: await database.prisma.postmortemRevision.count(),
  timeline: await database.prisma.timelineEvent.count(),
  patterns: await database.prisma.failurePattern.count(),
  limits: await database.prisma.limit.count(),
});

/** Imports the fixture postmortem as a new one (slug `broken`) after `edit`, and returns the report's messages. */
async function importEdited(edit: (text: string) => string): Promise<{ file: string; messages: string[] }> {
  const good = await readFile(path.join(fixtureContentDir, "postmortems/fixture-quota-outage.md"), "utf8");
  return withTempDir(async (dir) => {
    const file = path.join(dir, "postmortems/broken.md");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, edit(good.replace("slug: fixture-quota-outage", "slug: broken")));
    const report = await importContent(database.prisma, dir);
    assert.deepEqual(report.written, []);
    assert.equal(await database.prisma.postmortem.count({ where: { slug: "broken" } }), 0, "nothing of it is written");
    return { file, messages: report.errors.map((e) => e.message) };
  });
}

/** No Prisma dump: no invocation, no source path of ours, one line per problem. */
function assertReadable(message: string) {
  assert.doesNotMatch(message, /invocation|\.ts:\d+|→/, message);
  assert.equal(message.split("\n").length, 1, message);
}

describe(`import errors read file: field: message (${engine})`, () => {
  test("a directory that does not exist is refused whole, naming it", async () => {
    const before = await counts();
    const missing = path.join(fixtureContentDir, "no-such-directory");
    await assert.rejects(
      importContent(database.prisma, [fixtureContentDir, missing]),
      (error: unknown) =>
        error instanceof ContentError && error.message === `${missing}: no such directory` && error.file === missing,
    );
    assert.deepEqual(await counts(), before);
  });

  test("a file, or a directory with none of the three folders, is not a content directory", async () => {
    const file = path.join(fixtureContentDir, "postmortems/fixture-quota-outage.md");
    await assert.rejects(importContent(database.prisma, file), { message: `${file}: not a directory` });
    const folder = path.join(fixtureContentDir, "postmortems");
    await assert.rejects(importContent(database.prisma, folder), {
      message: `${folder}: not a content directory: it has none of limits/, patterns/, postmortems/ (name the directory that holds them)`,
    });
  });

  test("a list where text is expected says it must be text; a missing title says required", async () => {
    const list = await importEdited((t) => t.replace(/^title: .*$/m, "title: [1, 2]"));
    assert.deepEqual(list.messages, [`${list.file}: title: must be text`]);
    const nested = await importEdited((t) => t.replace("    actor: CI", "    actor: [a, b]"));
    assert.deepEqual(nested.messages, [`${nested.file}: timeline[0].actor: must be text`]);
    const missing = await importEdited((t) => t.replace(/^title: .*\n/m, ""));
    assert.deepEqual(missing.messages, [`${missing.file}: title: required`]);
    const empty = await importEdited((t) => t.replace(/^title: .*$/m, "title:"));
    assert.deepEqual(empty.messages, [`${empty.file}: title: required`]);
  });

  test("a NUL character is reported at its field, not as a database dump", async () => {
    const before = await counts();
    const top = await importEdited((t) => t.replace(/^title: .*$/m, 'title: "a\\0b"'));
    assert.equal(top.messages.length, 1);
    assert.match(top.messages[0]!, new RegExp(`^${escape(top.file)}: title: .*(NUL|U\\+0000)`));
    assertReadable(top.messages[0]!);
    const deep = await importEdited((t) =>
      t.replace("description: All members healthy.", 'description: "All\\0 healthy."'),
    );
    assert.match(deep.messages[0]!, new RegExp(`^${escape(deep.file)}: timeline\\[4\\]\\.description: `));
    assertReadable(deep.messages[0]!);
    assert.deepEqual(await counts(), before);
  });

  test("a date the database cannot store (year 0000) is reported at its field", async () => {
    const before = await counts();
    const { file, messages } = await importEdited((t) =>
      t.replace(/^startedAt: .*$/m, "startedAt: 0000-01-01T00:00:00Z"),
    );
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, new RegExp(`^${escape(file)}: startedAt: `));
    assertReadable(messages[0]!);
    assert.deepEqual(await counts(), before);
  });

  test("any other refusal of the database names the file and the database's reason, without a dump", async () => {
    await database.prisma.$executeRawUnsafe(
      `ALTER TABLE "postmortems" ADD CONSTRAINT "test_no_broken" CHECK (title <> 'Refused by a constraint')`,
    );
    try {
      const before = await counts();
      const { file, messages } = await importEdited((t) => t.replace(/^title: .*$/m, "title: Refused by a constraint"));
      assert.deepEqual(messages, [
        `${file}: not imported: the database refused it: new row for relation "postmortems" violates check constraint "test_no_broken" (SQLSTATE 23514)`,
      ]);
      assert.deepEqual(await counts(), before);
    } finally {
      await database.prisma.$executeRawUnsafe(`ALTER TABLE "postmortems" DROP CONSTRAINT "test_no_broken"`);
    }
  });

  test("a postmortem refused for a bad pattern file is reported, not written half", async () => {
    await withTempDir(async (dir) => {
      await cp(fixtureContentDir, dir, { recursive: true });
      const before = await counts();
      const pattern = path.join(dir, "patterns/new-pattern.md");
      await writeFile(pattern, "---\nslug: new-pattern\nname: [not, text]\nsummary: S.\n---\n");
      const pm = path.join(dir, "postmortems/uses-new-pattern.md");
      const good = await readFile(path.join(dir, "postmortems/fixture-quota-outage.md"), "utf8");
      await writeFile(
        pm,
        good
          .replace("slug: fixture-quota-outage", "slug: uses-new-pattern")
          .replace("  - fixture-quota\n", "  - new-pattern\n"),
      );
      const report = await importContent(database.prisma, dir);
      assert.deepEqual(
        report.errors.map((e) => e.message),
        [`${pattern}: name: must be text`, `${pm}: patterns[0]: unknown pattern "new-pattern"`],
      );
      assert.deepEqual(await counts(), before);
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
