import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";

import { freePort } from "@/lib/db/embedded";

import { stopChild, waitForHealth } from "../helpers/app-server";
import { repoRoot } from "../helpers/paths";
import { withTempDir } from "../helpers/temp-dir";
import { createTestDatabase, engine } from "../helpers/test-database";

// `npm start` itself: database, migrations, import, build check, server.
async function runStart(env: Record<string, string>): Promise<{ postmortems: string[]; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout!.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => output.push(d.toString()));
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl, child, output, 180_000);
    const html = await (await fetch(baseUrl)).text();
    const postmortems = [...html.matchAll(/href="\/postmortems\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
    return { postmortems: [...new Set(postmortems)].sort(), output: output.join("") };
  } finally {
    await stopChild(child, "SIGINT");
  }
}

test(
  `npm start serves the content, and a second start reuses the data without duplicating it (${engine})`,
  { timeout: 300_000 },
  async () => {
    if (engine === "pglite") {
      await withTempDir(async (dataDir) => {
        const first = await runStart({ HINDSIGHT_DATA_DIR: dataDir, DATABASE_URL: "" });
        assert.ok(first.postmortems.length >= 5, first.output);
        assert.match(first.output, /embedded database/);
        const second = await runStart({ HINDSIGHT_DATA_DIR: dataDir, DATABASE_URL: "" });
        assert.deepEqual(second.postmortems, first.postmortems);
        assert.match(second.output, /content: 0 written, \d+ unchanged, 0 with errors/);
      });
    } else {
      const database = await createTestDatabase();
      try {
        const first = await runStart({ DATABASE_URL: database.url });
        assert.ok(first.postmortems.length >= 5, first.output);
        const second = await runStart({ DATABASE_URL: database.url });
        assert.deepEqual(second.postmortems, first.postmortems);
        assert.match(second.output, /content: 0 written, \d+ unchanged, 0 with errors/);
        assert.equal(await database.prisma.postmortem.count(), first.postmortems.length);
      } finally {
        await database.drop();
      }
    }
  },
);
