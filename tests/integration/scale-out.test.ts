import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import pg from "pg";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { caller, type Signed } from "../helpers/http";
import { startReverseProxy, type ReverseProxy } from "../helpers/reverse-proxy";
import {
  createReplicatedDatabase,
  startInstances,
  type Instances,
  type ReplicatedDatabase,
} from "../helpers/scale-out";
import { engine } from "../helpers/test-database";
import { createUser, randomClientIp, signIn } from "../helpers/users";

// Issue 15, item 4: several app instances on one primary with a streaming
// replica, nginx in front, all real processes on this machine: a session works
// on every instance, the sign-in rate limit counts across them, a save on one
// is on every instance's pages in the next read, page reads and search reach
// the replica and writes the primary, and an instance killed under load loses
// no request the proxy could retry and no write.

const skip =
  engine === "postgres"
    ? false
    : "needs PostgreSQL's own tools (a cluster and a pg_basebackup replica of the test's own): runs in the PostgreSQL half";

let setup: ReplicatedDatabase;
let instances: Instances;
let proxy: ReverseProxy;
let reviewer: Signed;
let slug = "";
let position = 0;

const direct = (i: number) => caller(instances.list[i]!.baseUrl);
const viaProxy = () => caller(proxy.baseUrl);

async function onReplica<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: setup.replicaUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Transactions the replica has committed for this database (its statistics, which it flushes within a second). */
const replicaTransactions = async () =>
  Number(
    (
      await onReplica<{ n: string }>(
        "SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()",
      )
    )[0]?.n ?? 0,
  );

before(async () => {
  if (skip) return;
  buildIfNeeded();
  setup = await createReplicatedDatabase();
  instances = await startInstances(3, {
    DATABASE_URL: setup.database.url,
    DATABASE_REPLICA_URLS: setup.replicaUrl,
    HINDSIGHT_DB_POOL_MAX: "4",
  });
  proxy = await startReverseProxy(instances.list.map((i) => i.port));
  const user = await createUser(setup.database, { role: "reviewer" });
  reviewer = { ...user, cookie: await signIn(proxy.baseUrl, user) };
  const item = await setup.database.prisma.actionItem.findFirstOrThrow({
    where: { postmortem: { status: "published" } },
    orderBy: [{ postmortem: { slug: "asc" } }, { position: "asc" }],
    select: { position: true, postmortem: { select: { slug: true } } },
  });
  slug = item.postmortem.slug;
  position = item.position;
});

after(async () => {
  if (skip) return;
  await proxy?.stop();
  await instances?.stop();
  await setup?.drop();
});

describe(`three instances behind nginx, a streaming replica (${engine})`, { skip }, () => {
  test("a session made through the proxy is good on every instance", async () => {
    for (const [i] of instances.list.entries()) {
      const me = await direct(i)("GET", "/api/me", { as: reviewer });
      assert.equal(me.status, 200, `instance ${i}: ${me.text}`);
      assert.equal(me.body.user.email, reviewer.email, `instance ${i}`);
    }
  });

  test("the sign-in rate limit counts the attempts made on every instance", async () => {
    const ip = randomClientIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const base = instances.list[attempt % instances.list.length]!.baseUrl;
      const response = await fetch(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
        body: JSON.stringify({ email: `nobody-${attempt}@example.test`, password: "not the password" }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    assert.deepEqual(
      statuses.slice(0, 5).map((s) => s === 429),
      [false, false, false, false, false],
      statuses.join(","),
    );
    assert.equal(statuses[5], 429, `the sixth attempt in a minute, on the first instance again: ${statuses.join(",")}`);
  });

  test("a save on one instance is on every instance's cached page, and in their search, in the next read", async () => {
    const path = `/postmortems/${slug}`;
    for (const [i] of instances.list.entries()) {
      await direct(i)("GET", path);
      assert.equal((await direct(i)("GET", path)).headers.get("x-nextjs-cache"), "HIT", `instance ${i} caches it`);
    }
    const current = (await direct(0)("GET", `/api/postmortems/${slug}`, { as: reviewer })).body;
    const marker = `scaleprobe${Date.now().toString(36)}`;
    const put = await direct(0)("PUT", `/api/postmortems/${slug}`, {
      as: reviewer,
      body: {
        version: current.version,
        postmortem: { ...current.postmortem, title: `${current.postmortem.title} ${marker}` },
      },
    });
    assert.equal(put.status, 200, put.text);
    for (const [i] of instances.list.entries()) {
      const page = await direct(i)("GET", path);
      assert.ok(page.text.includes(marker), `instance ${i} serves the page as it was before the save`);
      const search = await direct(i)("GET", `/api/search?q=${marker}`);
      assert.equal(search.status, 200, search.text);
      assert.equal(
        search.body.groups?.postmortems?.items?.[0]?.slug,
        slug,
        `instance ${i} searches what it was before the save`,
      );
    }
  });

  test("page reads and search reach the replica; writes the primary", async () => {
    const before = await replicaTransactions();
    for (let i = 0; i < 12; i++) {
      const search = await viaProxy()("GET", `/api/search?q=${encodeURIComponent(`dns timeout ${i}`)}`);
      assert.equal(search.status, 200, search.text);
    }
    let after = before;
    for (let wait = 0; wait < 40 && after < before + 12; wait++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await replicaTransactions();
    }
    assert.ok(after >= before + 12, `the replica committed ${after - before} transactions for 12 searches`);
    const readers = await onReplica<{ n: string }>(
      "SELECT count(*)::text AS n FROM pg_stat_activity WHERE application_name = 'hindsight-replica-read'",
    );
    assert.ok(Number(readers[0]?.n) >= 1, "the instances hold connections to the replica for reading");
    // The replica is in hot standby: it cannot take a write, so the save above went to the primary.
    const [standby] = await onReplica<{ standby: boolean }>("SELECT pg_is_in_recovery() AS standby");
    assert.equal(standby?.standby, true);
    const revisions = await setup.database.prisma.postmortemRevision.count({ where: { postmortem: { slug } } });
    assert.ok(revisions >= 2, "the save is a revision on the primary");
    // What monitoring sees (an admin's API token): the replica answering and read from, the channel up.
    const admin = await createUser(setup.database, { role: "admin" });
    const asAdmin = { ...admin, cookie: await signIn(proxy.baseUrl, admin) };
    const token = await viaProxy()("POST", "/api/tokens", { as: asAdmin, body: { name: "monitoring" } });
    assert.equal(token.status, 201, token.text);
    for (const instance of instances.list) {
      const health = await fetch(`${instance.baseUrl}/api/health`, {
        headers: { authorization: `Bearer ${token.body.secret}` },
      });
      const detail = await health.json();
      assert.equal(detail.status, "ok");
      assert.equal(detail.replicas?.[0]?.ok, true, JSON.stringify(detail));
      assert.equal(detail.cluster?.listening, true, JSON.stringify(detail));
    }
  });

  test("an instance killed under load: every read answered (the proxy retries), every answered write kept", async () => {
    const paths = ["/", "/patterns", "/limits", `/postmortems/${slug}`, "/api/search?q=connection+refused"];
    const failures: string[] = [];
    /** answers that had begun when the instance died: nginx cannot retry those; the reader asks again */
    const cut: string[] = [];
    let reads = 0;
    let running = true;
    const readers = Array.from({ length: 4 }, async (_, n) => {
      for (let k = n; running; k++) {
        const path = paths[k % paths.length]!;
        let response: Response;
        try {
          response = await fetch(`${proxy.baseUrl}${path}`);
        } catch (error) {
          failures.push(`${path}: no answer: ${String(error)}`);
          continue;
        }
        try {
          await response.arrayBuffer();
        } catch {
          cut.push(path);
          const again = await fetch(`${proxy.baseUrl}${path}`);
          await again.arrayBuffer();
          if (again.status !== 200) failures.push(`${path}: asked again after a cut answer: ${again.status}`);
          continue;
        }
        reads++;
        if (response.status !== 200) failures.push(`${path}: ${response.status}`);
      }
    });
    // One writer: action-item status changes, each on the version it last read.
    const acknowledged: number[] = [];
    let unanswered = 0;
    const writer = (async () => {
      const statuses = ["in_progress", "open"] as const;
      for (let k = 0; running; k++) {
        const current = await viaProxy()("GET", `/api/postmortems/${slug}`, { as: reviewer });
        if (current.status !== 200) continue;
        const answer = await viaProxy()("PATCH", `/api/postmortems/${slug}/action-items/${position}`, {
          as: reviewer,
          body: { status: statuses[k % 2], version: current.body.version },
        });
        if (answer.status === 200) acknowledged.push(answer.body.version);
        else if (answer.status === 502 || answer.status === 504) unanswered++;
        else if (answer.status !== 409) failures.push(`PATCH: ${answer.status} ${answer.text}`);
      }
    })();
    const until = async (done: () => boolean, ms: number) => {
      for (const deadline = Date.now() + ms; !done() && Date.now() < deadline;)
        await new Promise((r) => setTimeout(r, 50));
    };
    // Killed once writes are going through (a busy machine may take seconds per write), then load
    // goes on until the instances left have answered writes too.
    await until(() => acknowledged.length >= 2, 30_000);
    const victim = instances.list[1]!;
    victim.child.kill("SIGKILL");
    const beforeKill = acknowledged.length;
    await new Promise((r) => setTimeout(r, 2_000));
    await until(() => acknowledged.length >= beforeKill + 2, 30_000);
    running = false;
    await Promise.all([...readers, writer]);
    assert.ok(reads > 50, `only ${reads} reads were made`);
    assert.deepEqual(failures, [], `requests lost: ${failures.length} of ${reads}`);
    // Only what the victim was sending at the moment it died (at most one per reader) was cut mid-answer.
    assert.ok(cut.length <= 4, `${cut.length} answers cut: ${cut.join(", ")}`);
    assert.ok(beforeKill >= 1, "writes were answered before the kill");
    assert.ok(acknowledged.length > beforeKill, "and after it, by the instances left");
    // (The same status again writes nothing and answers the current version: versions may repeat.)
    const answered = [...new Set(acknowledged)];
    const kept = await setup.database.prisma.postmortemRevision.findMany({
      where: { postmortem: { slug }, version: { in: answered } },
      select: { version: true },
    });
    assert.equal(kept.length, answered.length, "every write that was answered is a revision on the primary");
    const versions = await setup.database.prisma.postmortemRevision.findMany({
      where: { postmortem: { slug } },
      select: { version: true },
      orderBy: { version: "asc" },
    });
    assert.deepEqual(
      versions.map((v) => v.version),
      versions.map((_, i) => i + 1),
      "no version missing or half-written",
    );
    assert.ok(unanswered <= 1, `${unanswered} writes were cut off (at most the one in flight when it died)`);
  });
});
