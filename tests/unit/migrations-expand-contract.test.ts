import assert from "node:assert/strict";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";

import {
  checkMigrations,
  contractReason,
  contractRuleBaseline,
  describeViolation,
  findContractingStatements,
} from "@/lib/db/migration-rules";
import { migrationsDir } from "@/lib/db/migrate";

import { withTempDir } from "../helpers/temp-dir";

// Rolling deploys run the old release beside the new one on the migrated schema, so a
// migration may only expand it; taking something away (contract) needs a `-- contract:`
// comment saying which release stopped using it (docs/operations.md).

const reasons = async (sql: string) => (await findContractingStatements(sql)).map((s) => s.reason);

describe("every migration after the baseline only expands the schema, unless it says why it may contract", () => {
  test("the migrations in prisma/migrations", async () => {
    const violations = await checkMigrations(migrationsDir);
    assert.equal(violations.length, 0, `contracting statements:\n${violations.map(describeViolation).join("\n")}`);
  });

  test("the baseline is a migration that exists (the rule starts after it)", async () => {
    assert.ok((await readdir(migrationsDir)).includes(contractRuleBaseline));
  });
});

describe("what counts as contracting", () => {
  test("dropping, renaming, retyping and tightening what exists", async () => {
    assert.deepEqual(
      await reasons(`
        DROP TABLE "comments";
        DROP TYPE "Severity";
        DROP INDEX "postmortems_slug_key";
        ALTER TABLE "postmortems" DROP COLUMN "impact";
        ALTER TABLE "postmortems" RENAME COLUMN "impact" TO "customer_impact";
        ALTER TABLE "postmortems" RENAME TO "incidents";
        ALTER TABLE "postmortems" ALTER COLUMN "version" TYPE BIGINT;
        ALTER TABLE "postmortems" ALTER COLUMN "occurred_on" SET NOT NULL;
        ALTER TABLE "postmortems" ALTER COLUMN "impact" DROP DEFAULT;
        ALTER TABLE "postmortems" DROP CONSTRAINT "postmortems_version_positive";
        ALTER TABLE "postmortems" ADD COLUMN "owner" TEXT NOT NULL;
        ALTER TYPE "Severity" RENAME VALUE 'SEV4' TO 'SEV5';
        ALTER TABLE "tags" SET SCHEMA archive;
        TRUNCATE "search_terms";
        DELETE FROM "sessions";
      `),
      [
        'drops table "comments"',
        'drops type "Severity"',
        'drops index "postmortems_slug_key"',
        'drops column "impact" of "postmortems"',
        'renames column "impact" of "postmortems" to "customer_impact"',
        'renames table "postmortems" to "incidents"',
        'changes the type of column "version" of "postmortems"',
        'sets NOT NULL on column "occurred_on" of "postmortems"',
        'drops the default of column "impact" of "postmortems"',
        'drops constraint "postmortems_version_positive" of "postmortems"',
        'adds NOT NULL column "owner" without a default of "postmortems"',
        'renames the enum value "SEV4" to "SEV5"',
        'moves table "tags" to schema "archive"',
        'empties "search_terms"',
        'deletes rows of "sessions"',
      ],
    );
  });

  test("adding is expanding: tables, nullable columns, columns with a default, indexes, enum values, backfills", async () => {
    assert.deepEqual(
      await reasons(`
        CREATE TABLE "notes" ("id" UUID NOT NULL, CONSTRAINT "notes_pkey" PRIMARY KEY ("id"));
        ALTER TABLE "postmortems" ADD COLUMN "owner" TEXT;
        ALTER TABLE "postmortems" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE "postmortems" ADD COLUMN "year" INTEGER GENERATED ALWAYS AS (2026) STORED;
        ALTER TABLE "postmortems" ALTER COLUMN "impact" SET DEFAULT '';
        ALTER TABLE "postmortems" ALTER COLUMN "occurred_on" DROP NOT NULL;
        CREATE INDEX "postmortems_owner_idx" ON "postmortems"("owner");
        ALTER TYPE "RevisionKind" ADD VALUE 'merge';
        UPDATE "postmortems" SET "owner" = 'unknown' WHERE "owner" IS NULL;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      `),
      [],
    );
  });

  test("what the same migration created may be changed or dropped: no release has used it yet", async () => {
    assert.deepEqual(
      await reasons(`
        CREATE TABLE "scratch" ("id" INTEGER NOT NULL, "tmp" TEXT);
        ALTER TABLE "scratch" DROP COLUMN "tmp";
        ALTER TABLE "scratch" ADD COLUMN "name" TEXT NOT NULL;
        CREATE INDEX "scratch_id_idx" ON "scratch"("id");
        DROP INDEX "scratch_id_idx";
        DROP TABLE "scratch";
        DROP TABLE "postmortems";
      `),
      ['drops table "postmortems"'],
    );
  });

  test("each statement is named by its line and its text without comments", async () => {
    const found = await findContractingStatements(
      '-- a comment\nCREATE TABLE "a" ("id" INT);\n\n-- the one that takes away\nALTER TABLE "b"\n  DROP COLUMN "c";\n',
    );
    assert.deepEqual(found, [
      { line: 5, statement: 'ALTER TABLE "b" DROP COLUMN "c"', reason: 'drops column "c" of "b"' },
    ]);
  });

  test("the marker needs a reason", () => {
    assert.equal(
      contractReason("-- contract: 0.9 stopped reading impact\nALTER TABLE a DROP COLUMN b;"),
      "0.9 stopped reading impact",
    );
    assert.equal(contractReason("-- contract:\nALTER TABLE a DROP COLUMN b;"), null);
    assert.equal(contractReason("-- not a contract: here\nALTER TABLE a DROP COLUMN b;"), null);
  });
});

describe("checking a migrations folder", () => {
  async function folder(dir: string, migrations: Record<string, string>) {
    for (const [name, sql] of Object.entries(migrations)) {
      await mkdir(path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, "migration.sql"), sql);
    }
  }

  test("a new migration's contracting statement fails, naming the file, line and statement; the marker allows it; older ones are grandfathered", async () => {
    await withTempDir(async (dir) => {
      await folder(dir, {
        [contractRuleBaseline]: 'ALTER TABLE "postmortems" DROP COLUMN "old";',
        "20270101000000_drop_impact":
          '-- Readers use customer_impact now.\nALTER TABLE "postmortems" DROP COLUMN "impact";\n',
        "20270102000000_drop_legacy":
          '-- contract: release 2027.01 stopped reading "legacy" (expanded in 20270101000000)\nALTER TABLE "postmortems" DROP COLUMN "legacy";\n',
        "20270103000000_add_owner": 'ALTER TABLE "postmortems" ADD COLUMN "owner" TEXT;\n',
      });
      const violations = await checkMigrations(dir);
      assert.deepEqual(violations, [
        {
          file: path.join(dir, "20270101000000_drop_impact", "migration.sql"),
          line: 2,
          statement: 'ALTER TABLE "postmortems" DROP COLUMN "impact"',
          reason: 'drops column "impact" of "postmortems"',
        },
      ]);
      assert.match(
        describeViolation(violations[0]!),
        /20270101000000_drop_impact\/migration\.sql:2 drops column "impact" of "postmortems": ALTER TABLE .*`-- contract:/s,
      );
    });
  });

  test("a migration that does not parse is named", async () => {
    await withTempDir(async (dir) => {
      await folder(dir, { "20270101000000_typo": "ALTER TABLE postmortems DROPP COLUMN x;" });
      await assert.rejects(checkMigrations(dir), /20270101000000_typo\/migration\.sql does not parse: syntax error/);
    });
  });
});
