import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { sourcePathOf } from "@/lib/content/source-path";
import { readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { importContent } from "@/lib/use-cases/import-content";
import { restoreRevision } from "@/lib/use-cases/restore-revision";
import { createPostmortem } from "@/lib/use-cases/save-postmortem";

import { fixtureContentDir } from "../helpers/paths";
import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

// lib/use-cases talk to "@/lib/db", which connects on first use to DATABASE_URL.
let database: TestDatabase;
let work: string;
const content = () => path.join(work, "content");
const fixture = () => path.join(content(), "postmortems/fixture-quota-outage.md");
const author = { id: "author-1", role: "admin" as const };

before(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.HINDSIGHT_DB_POOL_MAX = String(database.poolMax);
  work = await mkdtemp(path.join(tmpdir(), "hindsight-overwrite-"));
  await cp(fixtureContentDir, content(), { recursive: true });
  const report = await importContent(database.prisma, content());
  assert.deepEqual(
    report.errors.map((e) => e.message),
    [],
  );
  await database.prisma.user.create({
    data: { id: author.id, name: "Ada Author", email: "ada@example.test", role: "author" },
  });
  // Written in the app, with every part an import could lose.
  const data = await readPostmortemData(database.prisma, await idOf("fixture-quota-outage"));
  await createPostmortem({ ...data, slug: "written-in-the-app", title: "Written in the app" }, author);
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
  await rm(work, { recursive: true, force: true });
});

async function idOf(slug: string): Promise<string> {
  return (await database.prisma.postmortem.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** Everything a refused import must leave as it was. */
async function stored(slug: string) {
  const id = await idOf(slug);
  const [row, revisions, timeline, diagrams, signatures] = await Promise.all([
    database.prisma.postmortem.findUniqueOrThrow({ where: { id }, select: { version: true, sourcePath: true } }),
    database.prisma.postmortemRevision.count({ where: { postmortemId: id } }),
    database.prisma.timelineEvent.count({ where: { postmortemId: id } }),
    database.prisma.diagram.count({ where: { postmortemId: id } }),
    database.prisma.errorSignature.count({ where: { postmortemId: id } }),
  ]);
  return {
    ...row,
    revisions,
    parts: { timeline, diagrams, signatures },
    data: JSON.parse(JSON.stringify(await readPostmortemData(database.prisma, id))) as unknown,
  };
}

/** A content directory of its own holding `files` (path under the directory -> text). */
async function directory(name: string, files: Record<string, string>): Promise<string> {
  const root = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

/** The fixture postmortem with another slug and a short timeline, so a replacement is visible. */
async function intruder(slug: string): Promise<string> {
  const text = await readFile(path.join(fixtureContentDir, "postmortems/fixture-quota-outage.md"), "utf8");
  return text
    .replace("slug: fixture-quota-outage", `slug: ${slug}`)
    .replace("title: Fixture outage", "title: Intruding outage")
    .replace(/^signatures:\n(?: {2}.*\n)+/m, "")
    .replace(/^diagrams:\n(?: {2}.*\n)+/m, "");
}

describe(`importing over what exists (${engine})`, () => {
  test("the same directory imported again writes nothing; its file changed in place is written again", async () => {
    const again = await importContent(database.prisma, content());
    assert.deepEqual(again.errors, []);
    assert.deepEqual(again.written, []);
    assert.equal(again.unchanged.length, 4);

    const before = await stored("fixture-quota-outage");
    assert.equal(before.sourcePath, sourcePathOf(fixture()));
    await writeFile(
      fixture(),
      (await readFile(fixture(), "utf8")).replace("summary: A test fixture.", "summary: Edited."),
    );
    const report = await importContent(database.prisma, content());
    assert.deepEqual(
      report.errors.map((e) => e.message),
      [],
    );
    assert.deepEqual(report.written, [fixture()]);
    assert.deepEqual(report.replaced, []);
    assert.equal((await stored("fixture-quota-outage")).version, before.version + 1);
  });

  test("a file with the slug of a postmortem written in the app is refused, and the postmortem keeps every part", async () => {
    const before = await stored("written-in-the-app");
    assert.ok(
      before.parts.timeline > 0 && before.parts.diagrams > 0 && before.parts.signatures > 0,
      "the fixture has them",
    );
    const root = await directory("from-elsewhere", { "postmortems/mine.md": await intruder("written-in-the-app") });
    const report = await importContent(database.prisma, root);
    assert.deepEqual(report.written, []);
    assert.deepEqual(
      report.errors.map((e) => e.message),
      [
        `${path.join(root, "postmortems/mine.md")}: slug: not imported: postmortem "written-in-the-app" already exists in the database (version 1): it was written in the app, not imported from a file. Give this file another slug, or run content:import --overwrite to replace it (version 1 stays in its revision history and can be restored).`,
      ],
    );
    assert.deepEqual(await stored("written-in-the-app"), before);
  });

  test("a file with the slug of a postmortem imported from another file is refused, naming that file and the version", async () => {
    const before = await stored("fixture-quota-outage");
    const root = await directory("a-copy", {
      "postmortems/fixture-quota-outage.md": await intruder("fixture-quota-outage"),
    });
    const report = await importContent(database.prisma, root);
    assert.deepEqual(report.written, []);
    assert.equal(report.errors.length, 1);
    assert.equal(report.errors[0]!.file, path.join(root, "postmortems/fixture-quota-outage.md"));
    assert.match(
      report.errors[0]!.message,
      new RegExp(
        `: slug: not imported: postmortem "fixture-quota-outage" already exists in the database \\(version ${before.version}\\), imported from ${sourcePathOf(fixture())}\\. `,
      ),
    );
    assert.deepEqual(await stored("fixture-quota-outage"), before);
  });

  test("two files with one slug in one batch are both refused, each naming the other, even with --overwrite", async () => {
    const text = await intruder("twin-incident");
    const root = await directory("twins", { "postmortems/a.md": text, "postmortems/b.md": text });
    const [a, b] = [path.join(root, "postmortems/a.md"), path.join(root, "postmortems/b.md")];
    for (const overwrite of [false, true]) {
      const report = await importContent(database.prisma, root, { overwrite });
      assert.deepEqual(report.written, []);
      assert.deepEqual(
        report.errors.map((e) => e.message),
        [
          `${a}: slug: duplicate "twin-incident": also defined by ${b}; none of them is imported until each has its own slug`,
          `${b}: slug: duplicate "twin-incident": also defined by ${a}; none of them is imported until each has its own slug`,
        ],
      );
      assert.equal(await database.prisma.postmortem.count({ where: { slug: "twin-incident" } }), 0);
    }
  });

  test("--overwrite replaces the postmortem, says what it replaced and the revision that restores it", async () => {
    const before = await stored("written-in-the-app");
    const root = await directory("from-elsewhere", { "postmortems/mine.md": await intruder("written-in-the-app") });
    const file = path.join(root, "postmortems/mine.md");
    const report = await importContent(database.prisma, root, { overwrite: true });
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.written, [file]);
    assert.equal(report.replaced.length, 1);
    const [replaced] = report.replaced;
    assert.deepEqual(
      { file: replaced!.file, what: replaced!.what, restoreFrom: replaced!.restoreFrom },
      { file, what: 'postmortem "written-in-the-app"', restoreFrom: before.version },
    );
    assert.equal(
      replaced!.message,
      `${file}: replaced postmortem "written-in-the-app", which already exists in the database (version 1): it was written in the app, not imported from a file; restore it from revision 1 (its History page, or POST /api/postmortems/written-in-the-app/revisions/1/restore)`,
    );
    const after = await stored("written-in-the-app");
    assert.equal(after.version, before.version + 1);
    assert.equal(after.sourcePath, sourcePathOf(file));
    assert.deepEqual(after.parts, { timeline: before.parts.timeline, diagrams: 0, signatures: 0 });

    // The revision it names brings every part back.
    await restoreRevision("written-in-the-app", replaced!.restoreFrom!, { version: after.version }, author);
    const restored = await stored("written-in-the-app");
    assert.deepEqual(restored.parts, before.parts);
    // A restore brings back the content; the status stays the file's (status changes are their own step).
    assert.deepEqual({ ...(restored.data as object), status: "draft" }, before.data);
  });

  test("patterns and limits follow the same rule: refused from another file, replaced with --overwrite", async () => {
    const pattern = await readFile(path.join(content(), "patterns/fixture-dns.md"), "utf8");
    const limit = await readFile(path.join(content(), "limits/fixture-lb-members.md"), "utf8");
    const root = await directory("catalog-copy", {
      "patterns/dns.md": pattern.replace("summary: Cluster DNS stops answering.", "summary: Replaced."),
      "limits/members.md": limit.replace(/^name: .*$/m, "name: Replaced"),
    });
    const before = await database.prisma.failurePattern.findUniqueOrThrow({ where: { slug: "fixture-dns" } });
    const refused = await importContent(database.prisma, root);
    assert.deepEqual(refused.written, []);
    assert.deepEqual(
      refused.errors.map((e) => e.message),
      [
        `${path.join(root, "limits/members.md")}: id: not imported: limit "fixture-lb-members" already exists in the database (version 1), imported from ${sourcePathOf(path.join(content(), "limits/fixture-lb-members.md"))}. Give this file another id, or run content:import --overwrite to replace it (version 1 stays in its revision history, GET /api/limits/fixture-lb-members/revisions).`,
        `${path.join(root, "patterns/dns.md")}: slug: not imported: pattern "fixture-dns" already exists in the database (version 1), imported from ${sourcePathOf(path.join(content(), "patterns/fixture-dns.md"))}. Give this file another slug, or run content:import --overwrite to replace it (version 1 stays in its revision history, GET /api/patterns/fixture-dns/revisions).`,
      ],
    );
    assert.deepEqual(
      await database.prisma.failurePattern.findUniqueOrThrow({ where: { slug: "fixture-dns" } }),
      before,
    );

    const replaced = await importContent(database.prisma, root, { overwrite: true });
    assert.deepEqual(replaced.errors, []);
    assert.deepEqual(
      replaced.replaced.map((r) => [r.what, r.restoreFrom]),
      [
        ['limit "fixture-lb-members"', undefined],
        ['pattern "fixture-dns"', undefined],
      ],
    );
    assert.equal(
      (await database.prisma.failurePattern.findUniqueOrThrow({ where: { slug: "fixture-dns" } })).summary,
      "Replaced.",
    );
  });

  test("a row imported before paths were recorded is claimed by the next import of its unchanged file", async () => {
    const file = path.join(content(), "postmortems/fixture-quota-outage.md");
    await database.prisma.$executeRaw`UPDATE postmortems SET source_path = NULL WHERE slug = 'fixture-quota-outage'`;
    const before = await stored("fixture-quota-outage");
    const report = await importContent(database.prisma, content(), { overwrite: false });
    assert.ok(report.unchanged.includes(file));
    const after = await stored("fixture-quota-outage");
    assert.deepEqual({ ...after, sourcePath: before.sourcePath }, before, "nothing else changed, no new version");
    assert.equal(after.sourcePath, sourcePathOf(file));
  });
});
