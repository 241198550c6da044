import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { contentDir } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let similar: typeof import("@/lib/postmortems/similar");

before(async () => {
  database = await createContentDatabase(contentDir);
  similar = await import("@/lib/postmortems/similar");
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});

describe(`postmortems like a slug that was not found (${engine})`, () => {
  test("a mistyped slug finds the real postmortem first", async () => {
    const found = await similar.listPostmortemsLike("cce-elb-member-per-pool-qouta");
    assert.equal(found[0]?.slug, "cce-elb-members-per-pool-quota");
  });

  test("a few words of the title find it too", async () => {
    const found = await similar.listPostmortemsLike("preemptible-stockout");
    assert.equal(found[0]?.slug, "new-year-preemptible-stockout-dns-failure");
  });

  test("a word that names nothing suggests nothing", async () => {
    assert.deepEqual(await similar.listPostmortemsLike("xyzzy"), []);
    assert.deepEqual(await similar.listPostmortemsLike("ab"), []);
  });

  test("a draft is never suggested, however close its slug", async () => {
    await database.prisma.postmortem.update({
      where: { slug: "calico-ipvs-stale-realserver-502s" },
      data: { status: "draft" },
    });
    try {
      const found = await similar.listPostmortemsLike("calico-ipvs-stale-realserver-502");
      assert.ok(!found.some((pm) => pm.slug === "calico-ipvs-stale-realserver-502s"), JSON.stringify(found));
    } finally {
      await database.prisma.postmortem.update({
        where: { slug: "calico-ipvs-stale-realserver-502s" },
        data: { status: "published" },
      });
    }
  });
});
