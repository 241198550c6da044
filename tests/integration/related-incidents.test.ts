import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { RelatedPostmortem } from "@/lib/postmortems/related";

import { contentDir } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let related: (slug: string) => Promise<RelatedPostmortem[]>;

before(async () => {
  database = await createContentDatabase(contentDir);
  const { getRelatedPostmortems } = await import("@/lib/postmortems/related");
  related = async (slug) => {
    const pm = await database.prisma.postmortem.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    return getRelatedPostmortems(pm.id);
  };
});
after(() => database.drop());

const reasons = (r: RelatedPostmortem) => r.reasons.map((x) => `${x.kind}: ${x.label}`);

describe(`related incidents for the five real postmortems (${engine})`, () => {
  test("the SLB attachment quota incident leads first to the CCE members_per_pool one, by two shared patterns", async () => {
    const list = await related("ack-slb-attachment-quota-release-outage");
    assert.equal(list[0]!.slug, "cce-elb-members-per-pool-quota");
    assert.ok(
      reasons(list[0]!).includes("pattern: Cloud load-balancer quota exhaustion"),
      reasons(list[0]!).join("; "),
    );
    assert.ok(
      list.some((r) => r.slug === "calico-ipvs-stale-realserver-502s"),
      "backends out of sync links the IPVS incident too",
    );
    assert.ok(
      !list.some((r) => r.slug === "new-year-preemptible-stockout-dns-failure"),
      "nothing links it to the stock-out",
    );
  });

  test("the CCE documentation entry leads first back to the SLB incident", async () => {
    const list = await related("cce-elb-members-per-pool-quota");
    assert.equal(list[0]!.slug, "ack-slb-attachment-quota-release-outage");
    assert.deepEqual(
      new Set(list.map((r) => r.slug)),
      new Set([
        "ack-slb-attachment-quota-release-outage",
        "calico-ipvs-stale-realserver-502s",
        "network-cutover-kube-dns-istio-crashloop",
      ]),
    );
  });

  test("the two cluster-DNS incidents lead to each other first", async () => {
    const fromCutover = await related("network-cutover-kube-dns-istio-crashloop");
    assert.equal(fromCutover[0]!.slug, "new-year-preemptible-stockout-dns-failure");
    assert.ok(reasons(fromCutover[0]!).includes("pattern: Loss of cluster DNS"));
    const fromStockout = await related("new-year-preemptible-stockout-dns-failure");
    assert.equal(fromStockout[0]!.slug, "network-cutover-kube-dns-istio-crashloop");
  });

  test("the IPVS incident leads to the CCE entry (shared IPVS and kube-proxy, backends out of sync) and to the Calico cutover by component", async () => {
    const list = await related("calico-ipvs-stale-realserver-502s");
    assert.equal(list[0]!.slug, "cce-elb-members-per-pool-quota");
    assert.ok(reasons(list[0]!).includes("component: ipvs"), reasons(list[0]!).join("; "));
    const cutover = list.find((r) => r.slug === "network-cutover-kube-dns-istio-crashloop");
    assert.ok(cutover && reasons(cutover).includes("component: calico"));
  });

  test("scores are ordered strongest first and reasons strongest first", async () => {
    for (const slug of ["ack-slb-attachment-quota-release-outage", "calico-ipvs-stale-realserver-502s"]) {
      const list = await related(slug);
      assert.deepEqual(
        list.map((r) => r.score),
        [...list.map((r) => r.score)].sort((a, b) => b - a),
      );
      for (const r of list) assert.ok(r.reasons.length > 0);
    }
  });

  test("a draft never appears as a related incident", async () => {
    await database.prisma.postmortem.update({
      where: { slug: "cce-elb-members-per-pool-quota" },
      data: { status: "draft" },
    });
    try {
      const list = await related("ack-slb-attachment-quota-release-outage");
      assert.ok(!list.some((r) => r.slug === "cce-elb-members-per-pool-quota"));
    } finally {
      await database.prisma.postmortem.update({
        where: { slug: "cce-elb-members-per-pool-quota" },
        data: { status: "published" },
      });
    }
  });
});
