import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { parse } from "csv-parse/sync";

import { getActionItemCompletion } from "@/lib/insights/action-items";
import { listFixesThatDidNotHold } from "@/lib/insights/fix-did-not-hold";
import { getIncidentsByQuarter } from "@/lib/insights/incidents-by-quarter";
import { countMatching } from "@/lib/insights/get-insights";
import { listLimitsHitMost } from "@/lib/insights/limits-hit";
import { getResponseTimesByPattern, getResponseTimesBySeverity, listResolveTimes } from "@/lib/insights/response-times";

import { commaLimit, createInsightFixtures, insightsProvider } from "../fixtures/insights";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { engine } from "../helpers/test-database";

let app: AppServer;
const db = () => app.database.prisma;
const ours = { provider: insightsProvider.toLowerCase() };
const MIN = 60;

before(async () => {
  app = await startAppServer();
  await createInsightFixtures(app.database.prisma);
});
after(async () => {
  await app?.stop();
});

describe(`insights over published postmortems (${engine})`, () => {
  test("incidents per pattern per quarter: by the incident's own time zone, a month-only date included, drafts and year-less left out", async () => {
    const { rows, undated } = await getIncidentsByQuarter(db(), {});
    const dated = rows.map((r) => `${r.quarter} ${r.patternSlug} ${r.incidents}`);
    assert.deepEqual(dated, [
      "2024-Q4 cluster-dns-loss 1",
      "2025-Q1 cluster-dns-loss 1",
      "2025-Q1 spot-capacity-stockout 2",
      "2025-Q2 cluster-dns-loss 2",
      "2025-Q2 ipvs-stale-real-server 2",
    ]);
    assert.equal(undated, 5, "content/'s five postmortems give no date");
  });

  test("p50 and p90 per severity come from percentile_cont; a group under three says too few", async () => {
    const groups = await getResponseTimesBySeverity(db(), ours);
    const sev2 = groups.find((g) => g.key === "SEV2")!;
    assert.equal(sev2.incidents, 3);
    assert.deepEqual(sev2.metrics.detect, { n: 3, p50: 20 * MIN, p90: 28 * MIN });
    assert.deepEqual(sev2.metrics.resolve, { n: 3, p50: 120 * MIN, p90: 216 * MIN });
    assert.deepEqual(sev2.metrics.mitigate, { n: 2, p50: null, p90: null }, "two known mitigation times are too few");
    const sev1 = groups.find((g) => g.key === "SEV1")!;
    assert.deepEqual(sev1.metrics.resolve, { n: 2, p50: null, p90: null });
    assert.deepEqual(
      groups.map((g) => g.key),
      ["SEV1", "SEV2", "SEV3"],
    );
  });

  test("the same per pattern, counting only incidents with a recorded start", async () => {
    const groups = await getResponseTimesByPattern(db(), {});
    const dns = groups.find((g) => g.key === "cluster-dns-loss")!;
    assert.equal(dns.incidents, 3, "the month-only incident has no start and no durations");
    assert.equal(dns.metrics.detect.p50, 20 * MIN);
  });

  test("time to resolve per incident, with its severity", async () => {
    const points = await listResolveTimes(db(), { severity: "SEV3" });
    assert.deepEqual(
      points.map((p) => [p.slug, p.seconds]),
      [
        ["insights-ipvs-b", 60 * MIN],
        ["insights-ipvs-a", 2 * 24 * 60 * MIN],
      ],
    );
  });

  test("the fix did not hold: a closed incident's pattern coming back after its resolution, and only that", async () => {
    const fixes = await listFixesThatDidNotHold(db(), {});
    assert.deepEqual(
      fixes.map((f) => [f.patternSlug, f.closed.slug, f.cameBack.slug]),
      [["cluster-dns-loss", "insights-dns-a", "insights-dns-c"]],
      "not spot-a (an item in progress), not ipvs-a (ipvs-b began before it was resolved; ipvs-draft is a draft)",
    );
    assert.equal(fixes[0]!.cameBack.startedAt.toISOString(), "2025-03-31T20:00:00.000Z");
  });

  test("action items by status, overall and per pattern, overdue only for open items past due", async () => {
    const [all, ...byPattern] = await getActionItemCompletion(db(), ours);
    assert.equal(all!.key, "all");
    assert.deepEqual(
      { total: all!.total, ...all!.counts, overdue: all!.overdue },
      { total: 6, done: 3, wont_do: 1, in_progress: 1, open: 1, overdue: 1 },
    );
    const dns = byPattern.find((g) => g.key === "cluster-dns-loss")!;
    assert.deepEqual(
      { ...dns.counts, overdue: dns.overdue },
      { done: 1, wont_do: 1, in_progress: 0, open: 1, overdue: 1 },
    );
  });

  test("limits hit most count postmortems per limit, most first", async () => {
    const limits = await listLimitsHitMost(db(), {});
    assert.deepEqual(limits[0], { ...commaLimit, provider: insightsProvider, postmortems: 2 });
    assert.equal(limits.length, 9);
  });

  test("filters: period, origin and severity narrow every insight; a filter matching nothing gives nothing", async () => {
    const period = { from: "2025-04-01", to: "2025-06-01" };
    const quarters = await getIncidentsByQuarter(db(), period);
    assert.deepEqual(
      quarters.rows.map((r) => `${r.quarter} ${r.patternSlug} ${r.incidents}`),
      ["2025-Q2 cluster-dns-loss 2", "2025-Q2 ipvs-stale-real-server 1"],
      "dns-c began on 1 April in its own time zone; ipvs-b (2 June) is after the period",
    );
    assert.equal(quarters.undated, 0);
    const publicOnly = await getIncidentsByQuarter(db(), { origin: "public" });
    assert.deepEqual(
      publicOnly.rows.map((r) => r.patternSlug),
      ["cluster-dns-loss"],
    );
    assert.equal(await countMatching(db(), { severity: "SEV1" }), 3, "spot-a, spot-b and content's new-year incident");
    assert.equal(await countMatching(db(), { severity: "SEV4" }), 0);
    assert.deepEqual(await listLimitsHitMost(db(), { severity: "SEV4" }), []);
    assert.deepEqual(await getActionItemCompletion(db(), { severity: "SEV4" }), []);
  });
});

describe(`insights CSV downloads (${engine})`, () => {
  test("each chart's CSV has the page's filters, a CSV content type and an attachment name", async () => {
    const response = await fetch(
      `${app.baseUrl}/insights/response-times.csv?severity=SEV2&provider=${insightsProvider}`,
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/csv; charset=utf-8");
    assert.equal(response.headers.get("content-disposition"), 'attachment; filename="insights-response-times.csv"');
    const [header, ...rows] = parse(await response.text()) as string[][];
    assert.deepEqual(header!.slice(0, 7), [
      "group_by",
      "key",
      "label",
      "incidents",
      "detect_n",
      "detect_p50_seconds",
      "detect_p90_seconds",
    ]);
    const sev2 = rows.find((r) => r[0] === "severity" && r[1] === "SEV2")!;
    assert.deepEqual(sev2.slice(3, 10), ["3", "3", "1200", "1680", "2", "", ""]);
    assert.ok(rows.some((r) => r[0] === "pattern" && r[1] === "cluster-dns-loss"));
  });

  test("a name with a comma and quotes is quoted as CSV requires", async () => {
    const text = await (await fetch(`${app.baseUrl}/insights/limits.csv`)).text();
    assert.ok(text.includes(`${commaLimit.id},"Pods per node, ""max-pods""",${insightsProvider},2\r\n`), text);
  });

  test("a bad filter is a 400 naming the field; an unknown chart a 404", async () => {
    const bad = await fetch(`${app.baseUrl}/insights/limits.csv?from=2025-13-45`);
    assert.equal(bad.status, 400);
    const body = (await bad.json()) as { error: { code: string; field?: string; message: string } };
    assert.equal(body.error.field, "from");
    assert.match(body.error.message, /^from /);
    const missing = await fetch(`${app.baseUrl}/insights/nothing.csv`);
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { error: { message: string } }).error.message, /limits\.csv/);
  });
});
