import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { freePort } from "@/lib/db/embedded";
import type { SearchResponse } from "@/lib/search/types";

import { serveArgs, startAppServer, stopChild, type AppServer } from "../helpers/app-server";
import { createOwnCluster, type OwnCluster } from "../helpers/own-cluster";
import { repoRoot } from "../helpers/paths";
import { engine } from "../helpers/test-database";
import { signedInUser, type TestUser } from "../helpers/users";

// Issue 13: search keeps answering while the database is unreachable, from the snapshot of
// the published documents. On PostgreSQL the database is a cluster of the test's own that is
// stopped and started again, and the app is restarted while it is down (the copy on disk);
// on PGlite the embedded database goes away for good, so only the first part runs.

const QUERY = "ELB.8905 members per pool quota exceeded";
const EXPECTED = "cce-elb-members-per-pool-quota";

let cluster: OwnCluster | undefined;
let server: AppServer;
let dataDir: string;
let admin: TestUser & { cookie: string };

before(async () => {
  buildIfNeeded();
  dataDir = await mkdtemp(path.join(tmpdir(), "hindsight-outage-"));
  if (engine === "postgres") cluster = await createOwnCluster();
  server = await startAppServer({ databaseServer: cluster?.url, env: { HINDSIGHT_DATA_DIR: dataDir } });
  admin = await signedInUser(server.baseUrl, server.database, "admin");
});
after(async () => {
  await server?.stop().catch(() => undefined);
  cluster?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

async function search(baseUrl: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(QUERY)}`, { headers });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
}

const first = (body: SearchResponse) => body.groups.postmortems.items[0]?.slug;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`timed out waiting for ${what}`);
}

const diskCopies = async () => (await readdir(dataDir)).filter((f) => /^search-snapshot-\w+\.json$/.test(f));

describe(`search while the database is unreachable (${engine})`, () => {
  test("answers from the snapshot with its age, refuses writes with Retry-After, and says database again once it is back", async () => {
    const up = await search(server.baseUrl);
    assert.equal(up.status, 200);
    assert.deepEqual(up.body.source, { kind: "database" });
    assert.equal(first(up.body), EXPECTED);
    // the first search built the snapshot in the background, and its copy reaches the disk
    await until("the disk copy", async () => (await diskCopies()).length === 1);
    const current = await fetch(`${server.baseUrl}/api/postmortems/${EXPECTED}`, { headers: { cookie: admin.cookie } });
    const { version, postmortem } = await current.json();

    if (cluster) cluster.stop("fast");
    else await server.database.drop();

    const down = await search(server.baseUrl);
    assert.equal(down.status, 200, JSON.stringify(down.body));
    assert.equal(down.body.source.kind, "snapshot");
    assert.ok(Date.now() - Date.parse(down.body.source.takenAt) < 10 * 60_000, down.body.source.takenAt);
    assert.equal(first(down.body), EXPECTED);
    assert.equal(down.body.confidence, up.body.confidence);
    // a signed-in caller cannot be looked up now: answered as an anonymous reader
    const signedIn = await search(server.baseUrl, { cookie: admin.cookie });
    assert.equal(signedIn.status, 200);
    assert.equal(signedIn.body.source.kind, "snapshot");
    const posted = await fetch(`${server.baseUrl}/api/search`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ q: QUERY }),
    });
    assert.equal(posted.status, 200);
    assert.equal(first(await posted.json()), EXPECTED);

    const write = await fetch(`${server.baseUrl}/api/postmortems/${EXPECTED}`, {
      method: "PUT",
      headers: { cookie: admin.cookie, origin: server.baseUrl, "content-type": "application/json" },
      body: JSON.stringify({ version, postmortem: { ...postmortem, summary: `${postmortem.summary} (outage)` } }),
    });
    assert.equal(write.status, 503);
    assert.ok(Number(write.headers.get("retry-after")) > 0);

    const download = await fetch(`${server.baseUrl}/api/search/snapshot`);
    assert.equal(download.status, 200);
    assert.equal((await download.json()).takenAt, down.body.source.takenAt);

    if (!cluster) return;
    cluster.start();
    await until(
      "the database engine again",
      async () => (await search(server.baseUrl)).body.source?.kind === "database",
    );
    const back = await search(server.baseUrl);
    assert.equal(first(back.body), EXPECTED);
  });

  test(
    "an app started while the database is down answers from the copy on disk",
    { skip: engine !== "postgres" },
    async () => {
      cluster!.stop("fast");
      await server.stop().catch(() => undefined);
      const port = await freePort();
      const child = spawn(process.execPath, serveArgs(port), {
        cwd: repoRoot,
        env: {
          ...process.env,
          DATABASE_URL: server.database.url,
          HINDSIGHT_DB_POOL_MAX: String(server.database.poolMax),
          HINDSIGHT_DATA_DIR: dataDir,
          BETTER_AUTH_SECRET: "outage-test-secret-outage-test-secret-0123",
          NEXT_TELEMETRY_DISABLED: "1",
        },
        stdio: [
          "ignore",
          process.env.SHOW_SERVER ? "inherit" : "ignore",
          process.env.SHOW_SERVER ? "inherit" : "ignore",
        ],
      });
      const baseUrl = `http://127.0.0.1:${port}`;
      try {
        let answer: Awaited<ReturnType<typeof search>> | undefined;
        await until(
          "the restarted app to answer",
          async () => {
            answer = await search(baseUrl).catch(() => undefined);
            return answer !== undefined;
          },
          60_000,
        );
        assert.equal(answer!.status, 200, JSON.stringify(answer!.body));
        assert.equal(answer!.body.source.kind, "snapshot");
        assert.equal(first(answer!.body), EXPECTED);
      } finally {
        await stopChild(child);
        cluster!.start();
      }
    },
  );
});
