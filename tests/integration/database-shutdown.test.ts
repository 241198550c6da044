import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import pg from "pg";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { createOwnCluster, type OwnCluster } from "../helpers/own-cluster";
import { engine } from "../helpers/test-database";
import { signedInUser, type TestUser } from "../helpers/users";

// Saves in flight while the database shuts down: each answers 200 (saved) or 503 with
// Retry-After (not saved), never a 500; and what the database holds afterwards is whole.
// On PostgreSQL the server is a cluster of the test's own, stopped with `pg_ctlcluster stop
// -m fast` (open connections get 57P01, new ones 57P03 then refused); on PGlite the
// embedded server goes away.

let cluster: OwnCluster | undefined;
let server: AppServer;
let admin: TestUser & { cookie: string };
const slugs = [
  "ack-slb-attachment-quota-release-outage",
  "calico-ipvs-stale-realserver-502s",
  "cce-elb-members-per-pool-quota",
  "network-cutover-kube-dns-istio-crashloop",
];

before(async () => {
  buildIfNeeded();
  if (engine === "postgres") cluster = await createOwnCluster();
  server = await startAppServer({ databaseServer: cluster?.url });
  admin = await signedInUser(server.baseUrl, server.database, "admin");
});
after(async () => {
  await server?.stop().catch(() => undefined);
  cluster?.drop();
});

interface Outcome {
  slug: string;
  /** the version and summary of the last save answered 200 */
  acknowledged: { version: number; summary: string };
  sent: string[];
  statuses: number[];
  retryAfter: Array<string | null>;
  timeline: number;
}

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { cookie: admin.cookie, origin: server.baseUrl, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get("retry-after"), text };
}

/** Saves one postmortem again and again until `stopped` and three answers in a row were 503. */
async function saveUntilDown(slug: string, stopped: () => boolean, saved: () => void): Promise<Outcome> {
  const current = JSON.parse((await call("GET", `/api/postmortems/${slug}`)).text);
  const outcome: Outcome = {
    slug,
    acknowledged: { version: current.version, summary: current.postmortem.summary },
    sent: [],
    statuses: [],
    retryAfter: [],
    timeline: current.postmortem.timeline.length,
  };
  let unavailable = 0;
  for (let i = 0; i < 400 && !(stopped() && unavailable >= 3); i++) {
    const summary = `${current.postmortem.summary} (save ${i})`;
    outcome.sent.push(summary);
    const r = await call("PUT", `/api/postmortems/${slug}`, {
      version: outcome.acknowledged.version,
      postmortem: { ...current.postmortem, summary },
    });
    outcome.statuses.push(r.status);
    outcome.retryAfter.push(r.retryAfter);
    if (r.status === 200) {
      outcome.acknowledged = { version: JSON.parse(r.text).version, summary };
      saved();
      unavailable = 0;
    } else if (r.status === 503) unavailable += 1;
    else assert.fail(`${slug}: save answered ${r.status}: ${r.text.slice(0, 300)}`);
  }
  return outcome;
}

describe(`saves while the database shuts down (${engine})`, () => {
  test("answer 200 or 503 with Retry-After, never 500, and nothing is half-written", async () => {
    let stopped = false;
    const landed = new Set<string>();
    const savers = slugs.map((slug) =>
      saveUntilDown(
        slug,
        () => stopped,
        () => landed.add(slug),
      ),
    );
    // Shut down once every postmortem has been saved at least once (a busy machine may take a while).
    for (let waited = 0; landed.size < slugs.length && waited < 60_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (cluster) cluster.stop("fast");
    else await server.database.drop();
    stopped = true;
    const outcomes = await Promise.all(savers);

    for (const o of outcomes) {
      assert.ok(o.statuses.includes(200), `${o.slug}: some saves landed before the shutdown`);
      assert.ok(o.statuses.includes(503), `${o.slug}: saves after the shutdown are 503`);
      o.statuses.forEach((status, i) => {
        if (status === 503) assert.ok(Number(o.retryAfter[i]) > 0, `${o.slug}: a 503 says when to retry`);
      });
    }
    if (!cluster) return; // the embedded database is gone with its memory: nothing left to read back

    cluster.start();
    const client = new pg.Client({ connectionString: server.database.url });
    await client.connect();
    try {
      for (const o of outcomes) {
        const { rows } = await client.query<{ id: string; version: number; summary: string; timeline: number }>(
          `SELECT p.id, p.version, p.summary, (SELECT count(*) FROM timeline_events t WHERE t.postmortem_id = p.id)::int AS timeline
           FROM postmortems p WHERE p.slug = $1`,
          [o.slug],
        );
        const row = rows[0]!;
        // A commit whose answer was lost in the shutdown may be one version past the last 200; nothing else.
        assert.ok(
          row.version === o.acknowledged.version || row.version === o.acknowledged.version + 1,
          `${o.slug}: version ${row.version}, last acknowledged ${o.acknowledged.version}`,
        );
        if (row.version === o.acknowledged.version) assert.equal(row.summary, o.acknowledged.summary);
        else assert.ok(o.sent.includes(row.summary), `${o.slug}: the extra version is one of the saves sent`);
        assert.equal(row.timeline, o.timeline, `${o.slug}: the timeline is whole`);
        const revisions = await client.query<{ max: number; count: number }>(
          "SELECT max(version)::int AS max, count(*)::int AS count FROM postmortem_revisions WHERE postmortem_id = $1",
          [row.id],
        );
        assert.equal(revisions.rows[0]!.max, row.version, `${o.slug}: a revision for every version`);
      }
    } finally {
      await client.end();
    }
  });
});
