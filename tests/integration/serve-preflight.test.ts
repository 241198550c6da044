import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";

import pg from "pg";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { serveArgs } from "../helpers/app-server";
import { repoRoot } from "../helpers/paths";
import { createTestDatabase, engine, withDatabaseName, type TestDatabase } from "../helpers/test-database";

// Issue 15, item 1: `npm run serve` (scripts/serve.ts) is the production command per instance. It never
// migrates: an instance of a build whose migrations the database lacks, or without the shared secret,
// stops at once with what to do instead of serving errors.

let database: TestDatabase;
before(async () => {
  buildIfNeeded();
  database = await createTestDatabase();
});
after(() => database?.drop());

/** Runs serve.ts until it exits (or 20 s): its exit code and what it printed. */
function serve(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, serveArgs(0), {
      cwd: repoRoot,
      env: { ...process.env, HINDSIGHT_WARM_PAGES: "false", NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe(`npm run serve checks before it listens (${engine})`, () => {
  test("without BETTER_AUTH_SECRET it does not start, and says why", async () => {
    const { code, output } = await serve({
      DATABASE_URL: database.url,
      HINDSIGHT_DB_POOL_MAX: String(database.poolMax),
      BETTER_AUTH_SECRET: "",
    });
    assert.equal(code, 1, output);
    assert.match(
      output,
      /serve: BETTER_AUTH_SECRET is not set: every instance must sign sessions with the same secret/,
    );
  });

  test("a malformed DATABASE_REPLICA_URLS entry is named", async () => {
    const { code, output } = await serve({
      DATABASE_URL: database.url,
      HINDSIGHT_DB_POOL_MAX: String(database.poolMax),
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      DATABASE_REPLICA_URLS: "postgresql://replica/h, replica-2:5432",
    });
    assert.equal(code, 1, output);
    assert.match(output, /serve: DATABASE_REPLICA_URLS: entry 2 is not a postgresql:\/\/ URL/);
  });

  test(
    "a database without this build's migrations: it names them and says to run db:migrate",
    { skip: engine === "postgres" ? false : "an empty database of its own needs a PostgreSQL server" },
    async () => {
      const name = `hindsight_test_empty_${randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      try {
        const { code, output } = await serve({
          DATABASE_URL: withDatabaseName(process.env.DATABASE_URL!, name),
          BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
        });
        assert.equal(code, 1, output);
        assert.match(output, /serve: the database lacks \d+ migration\(s\) this build needs \(\d{14}_/);
        assert.match(output, /run `npm run db:migrate` first/);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
