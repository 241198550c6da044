import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { contentDir } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let patterns: typeof import("@/lib/patterns/queries");
let limits: typeof import("@/lib/limits/queries");

before(async () => {
  database = await createContentDatabase(contentDir);
  [patterns, limits] = await Promise.all([import("@/lib/patterns/queries"), import("@/lib/limits/queries")]);
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});

describe(`failure pattern queries (${engine})`, () => {
  test("listPatterns returns every pattern with its published postmortems, most frequent first", async () => {
    const list = await patterns.listPatterns();
    assert.equal(list.length, 8);
    const counts = Object.fromEntries(list.map((p) => [p.slug, p.occurrences]));
    assert.equal(counts["lb-backends-out-of-sync"], 3);
    assert.equal(counts["lb-quota-exhaustion"], 2);
    assert.equal(counts["cluster-dns-loss"], 2);
    assert.equal(counts["health-check-restart-loop"], 2);
    assert.equal(counts["spot-capacity-stockout"], 1);
    assert.equal(list[0]!.slug, "lb-backends-out-of-sync");
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      assert.ok(
        a.occurrences > b.occurrences || (a.occurrences === b.occurrences && a.name.localeCompare(b.name) <= 0),
        `${a.slug} before ${b.slug}`,
      );
    }
  });

  test("lb-quota-exhaustion is shown by the ACK SLB and the CCE ELB quota incidents, with their notes", async () => {
    const pattern = await patterns.getPatternBySlug("lb-quota-exhaustion");
    assert.ok(pattern);
    assert.equal(pattern.name, "Cloud load-balancer quota exhaustion");
    assert.match(pattern.mechanism, /Per backend pool/);
    assert.deepEqual(pattern.incidents.map((i) => i.slug).sort(), [
      "ack-slb-attachment-quota-release-outage",
      "cce-elb-members-per-pool-quota",
    ]);
    const ack = pattern.incidents.find((i) => i.slug === "ack-slb-attachment-quota-release-outage")!;
    assert.equal(ack.severity, "SEV2");
    assert.match(ack.note ?? "", /times the same server can be/);
    assert.match(ack.trigger, /routine release of the Java application/);
    // The sources give no timestamps: the date and the time to mitigate are unknown, not invented.
    assert.equal(ack.startedAt, null);
    assert.equal(ack.ttm, null);
    assert.deepEqual(pattern.recurrence, [{ year: null, count: 2 }]);
  });

  test("related patterns are read in both directions and listed once", async () => {
    const quota = await patterns.getPatternBySlug("lb-quota-exhaustion");
    // lb-quota-exhaustion names lb-backends-out-of-sync, which names it back.
    assert.deepEqual(quota!.related.map((r) => r.slug).sort(), [
      "health-check-restart-loop",
      "lb-backends-out-of-sync",
    ]);
    // spot-capacity-stockout names only cluster-dns-loss, but cluster-dns-loss names it too.
    const spot = await patterns.getPatternBySlug("spot-capacity-stockout");
    assert.deepEqual(
      spot!.related.map((r) => r.slug),
      ["cluster-dns-loss"],
    );
    // cluster-dns-loss names three; of those, control-plane-partition and spot-capacity-stockout name it back.
    const dns = await patterns.getPatternBySlug("cluster-dns-loss");
    assert.deepEqual(dns!.related.map((r) => r.slug).sort(), [
      "control-plane-partition",
      "health-check-restart-loop",
      "spot-capacity-stockout",
    ]);
  });

  test("cluster-dns-loss is shown by the New Year stock-out and the network cutover", async () => {
    const pattern = await patterns.getPatternBySlug("cluster-dns-loss");
    assert.deepEqual(pattern!.incidents.map((i) => i.slug).sort(), [
      "network-cutover-kube-dns-istio-crashloop",
      "new-year-preemptible-stockout-dns-failure",
    ]);
    assert.equal(
      pattern!.incidents.find((i) => i.slug === "new-year-preemptible-stockout-dns-failure")!.severity,
      "SEV1",
    );
  });

  test("an unknown slug gives null", async () => {
    assert.equal(await patterns.getPatternBySlug("no-such-pattern"), null);
  });

  test("draft postmortems are neither counted nor listed", async () => {
    await database.prisma.postmortem.update({
      where: { slug: "cce-elb-members-per-pool-quota" },
      data: { status: "draft" },
    });
    try {
      const counts = Object.fromEntries((await patterns.listPatterns()).map((p) => [p.slug, p.occurrences]));
      assert.equal(counts["lb-quota-exhaustion"], 1);
      const pattern = await patterns.getPatternBySlug("lb-quota-exhaustion");
      assert.deepEqual(
        pattern!.incidents.map((i) => i.slug),
        ["ack-slb-attachment-quota-release-outage"],
      );
      const limit = await limits.getLimitById("huawei-elb-members-per-pool");
      assert.deepEqual(limit!.incidents, []);
    } finally {
      await database.prisma.postmortem.update({
        where: { slug: "cce-elb-members-per-pool-quota" },
        data: { status: "published" },
      });
    }
  });

  test("the time to mitigate is derived from startedAt and mitigatedAt, the year is the incident's local one", async () => {
    const slug = "new-year-preemptible-stockout-dns-failure";
    // 01:00 on New Year's Day in Asia/Shanghai, the postmortem's time zone, is still 2023 in UTC.
    await database.prisma.postmortem.update({
      where: { slug },
      data: { startedAt: new Date("2023-12-31T17:00:00Z"), mitigatedAt: new Date("2023-12-31T18:30:00Z") },
    });
    try {
      const pattern = await patterns.getPatternBySlug("cluster-dns-loss");
      const incident = pattern!.incidents[0]!;
      assert.equal(incident.slug, slug, "incidents with a date come before those without");
      assert.equal(incident.ttm, 90 * 60_000);
      assert.equal(incident.timeZone, "Asia/Shanghai");
      assert.deepEqual(pattern!.recurrence, [
        { year: 2024, count: 1 },
        { year: null, count: 1 },
      ]);
    } finally {
      await database.prisma.postmortem.update({ where: { slug }, data: { startedAt: null, mitigatedAt: null } });
    }
  });
});

describe(`limit queries (${engine})`, () => {
  test("listLimitsByProvider groups the catalog by provider, providers and names in order", async () => {
    const groups = await limits.listLimitsByProvider();
    assert.deepEqual(
      groups.map((g) => g.provider),
      ["Alibaba Cloud", "Huawei Cloud", "Kubernetes", "Linux kernel"],
    );
    const alibaba = groups[0]!;
    assert.deepEqual(alibaba.limits.map((l) => l.id).sort(), [
      "alibaba-preemptible-instance-stock",
      "alibaba-slb-backend-attachments-per-ecs",
      "alibaba-slb-listeners-per-instance",
    ]);
    assert.ok(alibaba.limits.every((l) => l.provider === "Alibaba Cloud"));
    for (const group of groups) {
      const names = group.limits.map((l) => l.name);
      assert.deepEqual(
        names,
        [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
        `${group.provider} limits by name`,
      );
    }
    const attachments = alibaba.limits.find((l) => l.id === "alibaba-slb-backend-attachments-per-ecs")!;
    assert.equal(attachments.defaultValue, "50");
    assert.equal(attachments.unit, "attachments");
    assert.equal(attachments.adjustable, true);
    assert.equal(attachments.incidents, 1);
    const listeners = alibaba.limits.find((l) => l.id === "alibaba-slb-listeners-per-instance")!;
    assert.equal(listeners.defaultValue, null, "a default the sources do not state stays unknown");
  });

  test("getLimitById lists the ACK incident with the value it was raised to", async () => {
    const limit = await limits.getLimitById("alibaba-slb-backend-attachments-per-ecs");
    assert.ok(limit);
    assert.equal(limit.provider, "Alibaba Cloud");
    assert.equal(limit.docUrl, "https://help.aliyun.com/zh/slb/classic-load-balancer/product-overview/limits-1");
    assert.match(limit.description, /counts per server, not per SLB/);
    assert.equal(limit.incidents.length, 1);
    const [incident] = limit.incidents;
    assert.equal(incident!.slug, "ack-slb-attachment-quota-release-outage");
    assert.equal(incident!.severity, "SEV2");
    assert.equal(incident!.raisedTo, "80");
    assert.equal(incident!.observedValue, "50 (default), reached");
  });

  test("getLimitById gives null for an unknown id", async () => {
    assert.equal(await limits.getLimitById("no-such-limit"), null);
  });

  test("listTopLimits returns the limits hit by the most postmortems, only those hit at all", async () => {
    const all = await limits.listTopLimits(100);
    assert.ok(all.length > 0);
    assert.ok(all.every((l) => l.incidents > 0));
    const hit = (await limits.listLimitsByProvider()).flatMap((g) => g.limits).filter((l) => l.incidents > 0);
    assert.equal(all.length, hit.length);
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.incidents >= all[i]!.incidents);
    assert.ok(all.some((l) => l.id === "alibaba-slb-backend-attachments-per-ecs"));
    const two = await limits.listTopLimits(2);
    assert.deepEqual(
      two.map((l) => l.id),
      all.slice(0, 2).map((l) => l.id),
    );
    assert.deepEqual(await limits.listTopLimits(0), []);
  });
});
