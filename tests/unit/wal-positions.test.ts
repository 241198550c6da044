import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { laterLsn, lsnReached, lsnValue } from "@/lib/cluster/lsn";
import { replicaName, replicaUrls } from "@/lib/db/replicas";

describe("WAL positions (lib/cluster/lsn.ts)", () => {
  test("compare as numbers, not as text", () => {
    assert.ok(lsnValue("0/A0000000") > lsnValue("0/9FFFFFFF"));
    assert.ok(lsnValue("1/0") > lsnValue("0/FFFFFFFF"), "the high word counts first");
    assert.equal(lsnReached("16/B374D848", "16/B374D848"), true);
    assert.equal(lsnReached("16/B374D847", "16/B374D848"), false);
    assert.equal(lsnReached(null, "0/1"), false, "a replica never asked has not reached anything");
    assert.equal(lsnReached(null, null), true, "nothing needed: any replica will do");
    assert.equal(laterLsn("0/10", "0/F"), "0/10");
    assert.equal(laterLsn(null, "0/F"), "0/F");
  });

  test("a malformed position is an error that quotes it", () => {
    assert.throws(() => lsnValue("16-B374"), /not a WAL position: "16-B374"/);
  });
});

describe("DATABASE_REPLICA_URLS (lib/db/replicas.ts)", () => {
  test("comma-separated postgresql:// URLs, blanks ignored", () => {
    assert.deepEqual(replicaUrls({ DATABASE_REPLICA_URLS: " postgresql://r1:5433/h , ,postgres://r2/h" }), [
      "postgresql://r1:5433/h",
      "postgres://r2/h",
    ]);
    assert.deepEqual(replicaUrls({}), []);
  });

  test("an entry that is not a PostgreSQL URL is named by its place, its password hidden", () => {
    assert.throws(
      () => replicaUrls({ DATABASE_REPLICA_URLS: "postgresql://r1/h,mysql://u:secret@r2/h" }),
      (error: Error) => /entry 2 is not a postgresql:\/\/ URL/.test(error.message) && !error.message.includes("secret"),
    );
  });

  test("a replica is named by host, port and database, never its password", () => {
    assert.equal(replicaName("postgresql://u:pw@db-2.internal:6432/hindsight"), "db-2.internal:6432/hindsight");
    assert.equal(replicaName("postgresql://db-3/hindsight"), "db-3:5432/hindsight");
  });
});
