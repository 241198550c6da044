import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { importContent } from "@/lib/use-cases/import-content";
import { ConflictError } from "@/lib/postmortems/errors";
import { getPostmortemForEditing } from "@/lib/postmortems/queries";
import { readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { createPostmortem, savePostmortem } from "@/lib/use-cases/save-postmortem";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { fixtureContentDir } from "../helpers/paths";
import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

// 20 editors, 10 saves each, all at once: each save is based on the version its
// editor just read, so many are based on the same version and only one of
// those may win. On PostgreSQL the app's pool has 10 connections, so the
// transactions truly run in parallel; PGlite runs one query at a time.
const EDITORS = 20;
const SAVES_EACH = 10;

let database: TestDatabase;
const author = { id: "author-1", role: "author" as const };

before(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.HINDSIGHT_DB_POOL_MAX = engine === "postgres" ? "10" : "1";
  await importContent(database.prisma, fixtureContentDir);
  await database.prisma.user.create({
    data: { id: author.id, name: "Ada Author", email: "ada@example.test", role: "author" },
  });
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test(
  `${EDITORS * SAVES_EACH} concurrent saves on one postmortem keep exactly the accepted ones, in order, with no lost update (${engine})`,
  { timeout: 300_000 },
  async (t) => {
    await createPostmortem(
      {
        slug: "race",
        title: "Race",
        summary: "Everyone edits at once.",
        severity: "SEV4",
        patterns: ["fixture-quota"],
      },
      author,
    );
    const id = (await database.prisma.postmortem.findUniqueOrThrow({ where: { slug: "race" } })).id;
    const base = plain(await readPostmortemData(database.prisma, id));

    const accepted: Array<{ version: number; basedOn: number; data: PostmortemData }> = [];
    const conflicts: Array<{ basedOn: number; current: number }> = [];
    const editor = async (e: number) => {
      for (let s = 0; s < SAVES_EACH; s++) {
        const read = await getPostmortemForEditing("race", author);
        const data: PostmortemData = {
          ...base,
          title: `Editor ${e}, save ${s}`,
          summary: `Based on version ${read!.version}.`,
        };
        try {
          const { version } = await savePostmortem("race", { version: read!.version, postmortem: data }, author);
          accepted.push({ version, basedOn: read!.version, data });
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          conflicts.push({ basedOn: read!.version, current: error.current.version });
        }
      }
    };
    await Promise.all(Array.from({ length: EDITORS }, (_, e) => editor(e)));

    t.diagnostic(`${accepted.length} saves accepted, ${conflicts.length} refused as conflicts`);
    assert.equal(accepted.length + conflicts.length, EDITORS * SAVES_EACH);
    assert.ok(accepted.length >= SAVES_EACH, `at least one editor's worth of saves got through (${accepted.length})`);
    assert.ok(conflicts.length > 0, "some saves were based on the same version and lost the race");
    for (const c of conflicts)
      assert.ok(c.current > c.basedOn, "a conflict reports a newer version than the one the save was based on");

    // Accepted saves have versions 2..N+1, each exactly one more than the version it was based on.
    accepted.sort((a, b) => a.version - b.version);
    assert.deepEqual(
      accepted.map((a) => a.version),
      Array.from({ length: accepted.length }, (_, i) => i + 2),
    );
    for (const a of accepted) assert.equal(a.version, a.basedOn + 1);

    // One revision per accepted save, whose snapshot is exactly that save's data.
    const revisions = await database.prisma.postmortemRevision.findMany({
      where: { postmortemId: id },
      orderBy: { version: "asc" },
    });
    assert.deepEqual(
      revisions.map((r) => r.version),
      Array.from({ length: accepted.length + 1 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      revisions.map((r) => r.kind),
      ["create", ...accepted.map(() => "save")],
    );
    for (const [i, a] of accepted.entries())
      assert.deepEqual(revisions[i + 1]!.snapshot, plain(a.data), `revision ${a.version}`);

    // No lost update: the row is the last accepted save.
    const row = await database.prisma.postmortem.findUniqueOrThrow({ where: { id } });
    assert.equal(row.version, accepted.length + 1);
    assert.deepEqual(plain(await readPostmortemData(database.prisma, id)), plain(accepted.at(-1)!.data));
  },
);
