import assert from "node:assert/strict";
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { migrate, migrationsDir } from "@/lib/db/migrate";

import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { withTempDir } from "../helpers/temp-dir";

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.drop());

test("migrating an up-to-date database applies nothing", async () => {
  const result = await migrate(database.url);
  assert.deepEqual(result.applied, []);
  assert.ok(result.alreadyApplied >= 1);
});

test("applied migrations are recorded the way `prisma migrate deploy` records them", async () => {
  const rows = await database.prisma.$queryRaw<
    Array<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>
  >`
    SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
  assert.ok(rows.length >= 1);
  for (const row of rows) {
    assert.match(row.checksum, /^[0-9a-f]{64}$/);
    assert.ok(row.finished_at instanceof Date);
    assert.equal(row.applied_steps_count, 1);
  }
});

test("a migration edited after it was applied is refused", async () => {
  await withTempDir(async (dir) => {
    await cp(migrationsDir, dir, { recursive: true });
    const [first] = (await import("node:fs")).readdirSync(dir).sort();
    await writeFile(path.join(dir, first!, "migration.sql"), "-- edited\nSELECT 1;\n");
    await assert.rejects(migrate(database.url, dir), /was changed after it was applied/);
  });
});

test("a failing migration is rolled back whole and not recorded", async () => {
  await withTempDir(async (dir) => {
    await cp(migrationsDir, dir, { recursive: true });
    const broken = path.join(dir, "29991231000000_broken");
    await (await import("node:fs/promises")).mkdir(broken);
    await writeFile(
      path.join(broken, "migration.sql"),
      'CREATE TABLE "half_done" (id int);\nSELECT no_such_function();\n',
    );
    await assert.rejects(migrate(database.url, dir), /migration 29991231000000_broken failed/);
    const tables = await database.prisma.$queryRaw<
      Array<{ n: bigint }>
    >`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'half_done'`;
    assert.equal(Number(tables[0]!.n), 0);
    const recorded = await database.prisma.$queryRaw<
      Array<{ n: bigint }>
    >`SELECT count(*) AS n FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`;
    assert.equal(Number(recorded[0]!.n), 0);
  });
});
