import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { fixtureContentDir, repoRoot } from "../helpers/paths";
import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";

// `npm run content:import` for real: its own process, against a scratch PostgreSQL database or an embedded
// PGlite data directory of its own.
let database: TestDatabase | undefined;
let work: string;
let env: NodeJS.ProcessEnv;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "hindsight-cli-"));
  const { DATABASE_URL: _server, ...rest } = process.env;
  if (engine === "postgres") {
    database = await createTestDatabase();
    env = { ...rest, DATABASE_URL: database.url };
  } else env = { ...rest, HINDSIGHT_DATA_DIR: path.join(work, "data") };
});
after(async () => {
  await database?.drop();
  await rm(work, { recursive: true, force: true });
});

function contentImport(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/content-import.ts", ...args], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, out, err }));
  });
}

describe(`npm run content:import (${engine})`, () => {
  test("a directory that does not exist fails with its name and exit code 1, writing nothing", async () => {
    const missing = path.join(work, "no-such-dir");
    const run = await contentImport(missing);
    assert.equal(run.code, 1, run.out + run.err);
    assert.match(run.err, new RegExp(`content:import failed: ${missing}: no such directory`));
    assert.doesNotMatch(run.out, /written/);
  });

  test("an unknown option is refused before anything is opened", async () => {
    const run = await contentImport(fixtureContentDir, "--overwrites");
    assert.equal(run.code, 2);
    assert.match(run.err, /unknown option --overwrites/);
  });

  test("a second import of the same directory succeeds with nothing written or refused", async () => {
    const first = await contentImport(fixtureContentDir);
    assert.equal(first.code, 0, first.out + first.err);
    assert.match(first.out, /content: 4 written, 0 unchanged, 0 with errors/);
    const second = await contentImport(fixtureContentDir);
    assert.equal(second.code, 0, second.out + second.err);
    assert.match(second.out, /content: 0 written, 4 unchanged, 0 with errors/);
  });

  test("another file with a stored slug exits 1 naming it; --overwrite replaces it and names the revision", async () => {
    const copy = path.join(work, "copy");
    await cp(fixtureContentDir, copy, { recursive: true });
    const file = path.join(copy, "postmortems/fixture-quota-outage.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("summary: A test fixture.", "summary: A copy."));

    const refused = await contentImport(copy);
    assert.equal(refused.code, 1, refused.out + refused.err);
    assert.match(
      refused.err,
      new RegExp(
        `${file}: slug: not imported: postmortem "fixture-quota-outage" already exists in the database \\(version 1\\), imported from tests/fixtures/content/postmortems/fixture-quota-outage\\.md`,
      ),
    );
    assert.match(refused.out, /content: 0 written, 3 unchanged, 1 with errors/);

    const replaced = await contentImport(copy, "--overwrite");
    assert.equal(replaced.code, 0, replaced.out + replaced.err);
    assert.match(
      replaced.err,
      new RegExp(
        `${file}: replaced postmortem "fixture-quota-outage", which already exists .*; restore it from revision 1 `,
      ),
    );
    assert.match(replaced.out, /content: 1 written \(1 replacing what was not theirs\), 3 unchanged, 0 with errors/);
  });
});
