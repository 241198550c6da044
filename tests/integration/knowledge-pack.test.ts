import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import type { RelatedPostmortem } from "@/lib/postmortems/related";
import { importContent, type ImportReport } from "@/lib/use-cases/import-content";

import { contentDir, packDir } from "../helpers/paths";
import { createContentDatabase, engine, type TestDatabase } from "../helpers/test-database";

const packFiles = (kind: string) => readdirSync(path.join(packDir, kind)).filter((f) => f.endsWith(".md"));

let database: TestDatabase;
let related: (slug: string) => Promise<RelatedPostmortem[]>;
let secondImport: ImportReport;

before(async () => {
  // createContentDatabase fails on any import error: content/ first, then the pack that references it.
  database = await createContentDatabase(contentDir, packDir);
  secondImport = await importContent(database.prisma, [contentDir, packDir]);
  const { getRelatedPostmortems } = await import("@/lib/postmortems/related");
  related = async (slug) => {
    const pm = await database.prisma.postmortem.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    return getRelatedPostmortems(pm.id);
  };
});
after(() => database.drop());

describe(`the public-incidents knowledge pack (${engine})`, () => {
  test("imports every file with zero errors, and a second import writes nothing", async () => {
    const stored = await database.prisma.postmortem.count({ where: { origin: "public" } });
    assert.equal(stored, packFiles("postmortems").length);
    assert.ok(stored >= 40, `the pack has ${stored} postmortems; it should have at least 40`);
    assert.equal(await database.prisma.postmortem.count({ where: { origin: "own" } }), 5, "content/ stays five own");
    assert.deepEqual(secondImport.errors, []);
    assert.deepEqual(secondImport.written, []);
  });

  test("every pack postmortem is public, published, names its organization and links at least one source", async () => {
    const pack = await database.prisma.postmortem.findMany({
      where: { origin: "public" },
      select: { slug: true, status: true, organization: true, sources: true },
    });
    for (const pm of pack) {
      assert.equal(pm.status, "published", pm.slug);
      assert.ok(pm.organization?.trim(), `${pm.slug} names no organization`);
      assert.ok(pm.sources.length >= 1, `${pm.slug} has no source link`);
      for (const source of pm.sources) assert.match(source.url, /^https?:\/\//, `${pm.slug}: ${source.url}`);
    }
  });

  test("every pack postmortem shows at least one failure pattern, and every pattern it names has its own page", async () => {
    const pack = await database.prisma.postmortem.findMany({
      where: { origin: "public" },
      select: {
        slug: true,
        patterns: { select: { pattern: { select: { slug: true, summary: true, mechanism: true } } } },
      },
    });
    for (const pm of pack) {
      assert.ok(pm.patterns.length >= 1, `${pm.slug} shows no failure pattern`);
      for (const { pattern } of pm.patterns) {
        // A placeholder (a `related` target never imported) has no mechanism.
        assert.ok(pattern.mechanism.trim(), `${pm.slug} names "${pattern.slug}", which has no pattern page`);
      }
    }
  });

  test("the taxonomy has at least 25 patterns and covers the pack and the five own incidents", async () => {
    const patterns = await database.prisma.failurePattern.findMany({
      select: { slug: true, mechanism: true, detectionSignals: true, mitigations: true, prevention: true },
    });
    assert.ok(patterns.length >= 25, `${patterns.length} patterns`);
    for (const p of patterns) {
      for (const field of ["mechanism", "detectionSignals", "mitigations", "prevention"] as const)
        assert.ok(p[field].trim(), `${p.slug} has no ${field}`);
    }
    const uncovered = await database.prisma.postmortem.findMany({
      where: { patterns: { none: {} } },
      select: { slug: true },
    });
    assert.deepEqual(uncovered, []);
  });

  test("the two CoreDNS upgrade incidents lead first to each other", async () => {
    const a = "dfds-2020-eks-114-upgrade-coredns-crashloop";
    const b = "coredns-2022-184-upgrade-endpointslice-rbac-breaks-eks";
    assert.equal((await related(a))[0]?.slug, b);
    assert.equal((await related(b))[0]?.slug, a);
  });

  test("a cluster-DNS incident of the pack leads to other cluster-DNS incidents, ours included", async () => {
    const list = await related("pagerduty-2021-dnsmasq-config-change-breaks-cluster-dns");
    for (const r of list.slice(0, 3))
      assert.ok(
        r.reasons.some((reason) => reason.label === "Loss of cluster DNS"),
        `${r.slug}: ${r.reasons.map((x) => x.label).join("; ")}`,
      );
    const own = await related("network-cutover-kube-dns-istio-crashloop");
    assert.equal(own[0]?.slug, "new-year-preemptible-stockout-dns-failure", "our two DNS incidents stay first");
    const pack = new Set(
      (await database.prisma.postmortem.findMany({ where: { origin: "public" }, select: { slug: true } })).map(
        (p) => p.slug,
      ),
    );
    assert.ok(
      own.some((r) => pack.has(r.slug)),
      "one of our DNS incidents links into the pack",
    );
  });

  test("the EBS multi-attach incident leads first to the other volume that could not follow its pod", async () => {
    const list = await related("aws-ebs-csi-2020-multi-attach-after-node-termination");
    assert.equal(list[0]?.slug, "pydis-2021-node-recycle-leaves-volumes-unmountable");
  });
});
