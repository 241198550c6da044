import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import {
  ALL_PAGES_TAG,
  createClusterChannel,
  publishOnce,
  type ClusterChannel,
  type ClusterEnvelope,
} from "@/lib/cluster/channel";
import { lsnReached } from "@/lib/cluster/lsn";

import { createTestDatabase, engine, type TestDatabase } from "../helpers/test-database";
import { createCuttableLink, type CuttableLink } from "../helpers/tcp-cut";
import { contentDir } from "../helpers/paths";
import { importContent } from "@/lib/use-cases/import-content";

// Issue 15, item 2: the channel the instances tell each other what a write made stale through
// (lib/cluster/channel.ts), over a real PostgreSQL LISTEN/NOTIFY: two channels on one database
// stand for two instances. PGlite takes one connection: there it is never started.

const skip = engine === "postgres" ? false : "LISTEN/NOTIFY between processes needs a PostgreSQL server";

let database: TestDatabase;
let cut: CuttableLink;
const channels: ClusterChannel[] = [];

const received = (channel: ClusterChannel) => {
  const list: Array<{ envelope: ClusterEnvelope; own: boolean }> = [];
  channel.subscribe((envelope, own) => list.push({ envelope, own }));
  return list;
};
const until = async (done: () => boolean, ms = 10_000) => {
  for (const deadline = Date.now() + ms; !done(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() > deadline) throw new Error("timed out");
};

before(async () => {
  if (skip) return;
  database = await createTestDatabase();
  await importContent(database.prisma, contentDir);
});
after(async () => {
  for (const channel of channels) await channel.close();
  await cut?.close();
  await database?.drop();
});

describe(`the cluster channel (${engine})`, { skip }, () => {
  test("a message reaches the other instance with the primary's WAL position, and the sender knows it too", async () => {
    const a = createClusterChannel(database.url);
    const b = createClusterChannel(database.url);
    channels.push(a, b);
    const atB = received(b);
    const atA = received(a);
    await until(() => a.status().listening && b.status().listening);
    await a.publish({ type: "tags", tags: ["_N_T_/postmortems/x"] });
    assert.ok(a.requiredLsn, "the sender knows the position before its notification comes back");
    await until(() => atB.length === 1);
    assert.deepEqual(atB[0]!.envelope.message, { type: "tags", tags: ["_N_T_/postmortems/x"] });
    assert.equal(atB[0]!.own, false);
    assert.equal(atB[0]!.envelope.from, a.instanceId);
    assert.ok(lsnReached(b.requiredLsn, a.requiredLsn), "the receiver will not read a replica behind that write");
    await until(() => atA.length === 1);
    assert.equal(atA[0]!.own, true, "its own notification is marked as its own");
  });

  test("too many tags for one notification become 'every page'; a command-line import says 'every page'", async () => {
    const [a, b] = channels as [ClusterChannel, ClusterChannel];
    const atB = received(b);
    await a.publish({ type: "tags", tags: Array.from({ length: 2_000 }, (_, i) => `_N_T_/postmortems/p-${i}`) });
    await publishOnce(database.url, { type: "tags", tags: [ALL_PAGES_TAG] });
    await until(() => atB.length === 2);
    assert.deepEqual(
      atB.map((r) => r.envelope.message),
      [
        { type: "tags", tags: [ALL_PAGES_TAG] },
        { type: "tags", tags: [ALL_PAGES_TAG] },
      ],
    );
    assert.equal(atB[1]!.envelope.from, "cli");
  });

  test("after its connection is cut it reconnects, and drops every page only if something was written meanwhile", async () => {
    cut = await createCuttableLink(database.url);
    const c = createClusterChannel(cut.url);
    channels.push(c);
    const atC = received(c);
    await until(() => c.status().listening);
    await cut.cut();
    await cut.restore();
    await until(() => c.status().reconnects === 1 && c.status().listening, 30_000);
    assert.equal(atC.length, 0, "nothing written while it was away: the cached pages stay");
    await cut.cut();
    await database.prisma.$executeRawUnsafe(
      `INSERT INTO pattern_revisions (id, pattern_id, version, kind, snapshot, created_at)
         SELECT gen_random_uuid(), id, 1000, 'import', '{}'::jsonb, now() FROM failure_patterns LIMIT 1`,
    );
    await cut.restore();
    await until(() => c.status().reconnects === 2 && c.status().listening, 30_000);
    assert.deepEqual(
      atC.map((r) => [r.envelope.from, r.envelope.message]),
      [["reconnect", { type: "tags", tags: [ALL_PAGES_TAG] }]],
    );
  });
});
