import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";

import pg from "pg";

import { db } from "@/lib/db";
import { migrate, migrationsDir } from "@/lib/db/migrate";
import { getLimitForEditing } from "@/lib/limits/editing";
import { getPatternForEditing } from "@/lib/patterns/editing";
import { getPostmortemForEditing } from "@/lib/postmortems/queries";
import { changeActionItemStatus } from "@/lib/use-cases/change-action-item-status";
import { changeStatus } from "@/lib/use-cases/change-postmortem-status";
import { approveProposal } from "@/lib/use-cases/review-proposal";
import { saveLimit } from "@/lib/use-cases/save-limit";
import { savePattern } from "@/lib/use-cases/save-pattern";
import { savePostmortem } from "@/lib/use-cases/save-postmortem";

import { readThroughApp, type ReadSubjects } from "../helpers/app-reads";
import { contentDir, repoRoot } from "../helpers/paths";
import { createContentDatabase, engine, withDatabaseName, type TestDatabase } from "../helpers/test-database";
import { createUser, type TestUser } from "../helpers/users";

// The backup of docs/operations.md, done as an operator would: content imported, real
// revisions written through the app's own use cases, `pg_dump --format=custom`, a new
// database, `pg_restore` into it. The restored database must hold the same rows in every
// table (revisions row by row), need no migration, and read the same through the app.
// PostgreSQL only: PGlite has no pg_dump.

const run = promisify(execFile);
const subjects: ReadSubjects = {
  postmortem: "calico-ipvs-stale-realserver-502s",
  pattern: "ipvs-stale-real-server",
  limit: "linux-tcp-time-wait-2msl",
  query: "502 after rolling update IPVS",
};
const actionItemPostmortem = "ack-slb-attachment-quota-release-outage";
const revisionTables = ["postmortem_revisions", "pattern_revisions", "limit_revisions", "postmortem_proposals"];

/** PostgreSQL 15's own tool (the server's version), else the one on PATH. */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  const own = `/usr/lib/postgresql/15/bin/${name}`;
  return existsSync(own) ? own : name;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of the public schema: its row count and an md5 of all its rows in order. */
async function tableFingerprints(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await query<{ name: string }>(
    url,
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const rows = await query<{ name: string; rows: number; md5: string }>(
    url,
    tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*)::int AS rows,
             md5(coalesce(string_agg(t::text, '' ORDER BY t::text), '')) AS md5 FROM public."${name}" t`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map(({ name, ...fingerprint }) => [name, fingerprint]));
}

/** Columns, constraints, indexes, enum values and extensions, one line each. */
async function schemaOf(url: string): Promise<string[]> {
  const rows = await query<{ line: string }>(
    url,
    `SELECT format('column %s.%s %s null=%s default=%s', table_name, column_name, data_type, is_nullable, column_default) AS line
       FROM information_schema.columns WHERE table_schema = 'public'
     UNION ALL SELECT format('constraint %s %s', conname, pg_get_constraintdef(oid))
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace
     UNION ALL SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
     UNION ALL SELECT format('enum %s %s', t.typname, e.enumlabel)
       FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
     UNION ALL SELECT format('extension %s %s', extname, extversion) FROM pg_extension
     ORDER BY 1`,
  );
  return rows.map((r) => r.line);
}

async function editPostmortem(slug: string, user: TestUser, change: (summary: string) => string) {
  const current = (await getPostmortemForEditing(slug, user))!;
  const postmortem = { ...current.postmortem, summary: change(current.postmortem.summary) };
  return savePostmortem(slug, { version: current.version, postmortem }, user);
}

describe(
  `backup and restore (${engine})`,
  { skip: engine !== "postgres" && "needs DATABASE_URL naming a PostgreSQL server: PGlite has no pg_dump" },
  () => {
    let source: TestDatabase;
    let restoredUrl: string;
    let restoredName: string;
    let dumpDir: string;

    before(async () => {
      source = await createContentDatabase(contentDir);
      const reviewer = await createUser(source, { role: "reviewer", name: "Rei Reviewer" });
      const author = await createUser(source, { role: "author", name: "Ada Author" });

      // Real revisions, through the app's own writes.
      await editPostmortem(subjects.postmortem, reviewer, (s) => `${s} First edit.`);
      await editPostmortem(subjects.postmortem, reviewer, (s) => s.replace("First edit.", "Second edit."));
      let { version } = (await getPostmortemForEditing(subjects.postmortem, reviewer))!;
      ({ version } = await changeStatus(subjects.postmortem, { to: "draft", version }, reviewer));
      ({ version } = await changeStatus(subjects.postmortem, { to: "in_review", version }, author));
      ({ version } = await changeStatus(subjects.postmortem, { to: "published", version }, reviewer));
      const proposed = await editPostmortem(subjects.postmortem, author, (s) => `${s} Proposed by the author.`);
      assert.ok("proposal" in proposed, "an author's edit of a published postmortem is a proposal");
      await approveProposal(subjects.postmortem, proposed.proposal.id, { revision: 1 }, reviewer);
      await editPostmortem(subjects.postmortem, author, (s) => `${s} Still pending.`);

      const items = (await getPostmortemForEditing(actionItemPostmortem, author))!;
      await changeActionItemStatus(actionItemPostmortem, 1, { status: "in_progress", version: items.version }, author);

      const pattern = (await getPatternForEditing(subjects.pattern))!;
      await savePattern(
        subjects.pattern,
        {
          version: pattern.version,
          pattern: { ...pattern.pattern, mechanism: `${pattern.pattern.mechanism} Edited.` },
        },
        reviewer,
      );
      const limit = (await getLimitForEditing(subjects.limit))!;
      await saveLimit(
        subjects.limit,
        { version: limit.version, limit: { ...limit.limit, defaultValue: "60 s (TCP_TIMEWAIT_LEN, edited)" } },
        reviewer,
      );

      const kinds = await query<{ kind: string }>(
        source.url,
        `SELECT r.kind::text FROM postmortem_revisions r JOIN postmortems p ON p.id = r.postmortem_id
         WHERE p.slug = '${subjects.postmortem}' ORDER BY r.version`,
      );
      assert.deepEqual(
        kinds.map((k) => k.kind),
        ["import", "save", "save", "status", "status", "status", "approval"],
      );

      dumpDir = await mkdtemp(path.join(tmpdir(), "hindsight-backup-"));
      restoredName = `${new URL(source.url).pathname.slice(1)}_restored`;
      restoredUrl = withDatabaseName(source.url, restoredName);
    });

    after(async () => {
      await db.$disconnect();
      if (restoredName)
        await query(withDatabaseName(source.url, "postgres"), `DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
      await source?.drop();
      if (dumpDir) await rm(dumpDir, { recursive: true, force: true });
    });

    test("pg_dump --format=custom, then pg_restore into a new database, restores every row of every table", async () => {
      const dump = path.join(dumpDir, "hindsight.dump");
      await run(pgTool("pg_dump"), ["--format=custom", `--file=${dump}`, `--dbname=${source.url}`]);
      await query(withDatabaseName(source.url, "postgres"), `CREATE DATABASE "${restoredName}"`);
      await run(pgTool("pg_restore"), ["--exit-on-error", "--no-owner", `--dbname=${restoredUrl}`, dump]);

      const before = await tableFingerprints(source.url);
      const restored = await tableFingerprints(restoredUrl);
      assert.ok(Object.keys(before).length >= 20, `tables: ${Object.keys(before).join(", ")}`);
      for (const table of ["postmortems", "users", "accounts", "search_documents", ...revisionTables])
        assert.ok(before[table]!.rows > 0, `${table} has rows to restore`);
      assert.deepEqual(restored, before);
      assert.deepEqual(await schemaOf(restoredUrl), await schemaOf(source.url));
    });

    test("every revision and proposal is the same row, field by field", async () => {
      for (const table of revisionTables) {
        const sql = `SELECT * FROM public."${table}" ORDER BY id`;
        const [original, restored] = [await query(source.url, sql), await query(restoredUrl, sql)];
        assert.ok(original.length > 0);
        assert.deepEqual(restored, original, table);
      }
      const kinds = await query<{ kind: string; n: number }>(
        restoredUrl,
        "SELECT kind::text, count(*)::int AS n FROM postmortem_revisions GROUP BY kind ORDER BY kind",
      );
      assert.deepEqual(
        kinds.map((k) => k.kind),
        ["action_item_status", "approval", "import", "save", "status"],
      );
    });

    test("migrate() on the restored database has nothing to apply", async () => {
      const migrations = (await readdir(migrationsDir, { withFileTypes: true })).filter((d) => d.isDirectory());
      assert.deepEqual(await migrate(restoredUrl), { applied: [], alreadyApplied: migrations.length });
    });

    test("an app process over the restored database reads the same page, history, revisions and search", async () => {
      const original = await readThroughApp(subjects);
      const { stdout } = await run(
        process.execPath,
        ["--import", "tsx", "--conditions=react-server", "tests/helpers/app-reads.ts", JSON.stringify(subjects)],
        { cwd: repoRoot, env: { ...process.env, DATABASE_URL: restoredUrl, HINDSIGHT_DB_POOL_MAX: "2" } },
      );
      const restored = JSON.parse(stdout) as Awaited<ReturnType<typeof readThroughApp>>;
      assert.deepEqual(restored, original);
      const reads = restored as { history: Array<{ kind: string }>; search: string[]; page: { summary: string } };
      assert.equal(reads.history.length, 7);
      assert.match(reads.page.summary, /Second edit\. Proposed by the author\.$/);
      assert.equal(reads.search[0], subjects.postmortem);
    });
  },
);
