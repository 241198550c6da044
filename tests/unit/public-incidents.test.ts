import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";

import { formatIncidentDate } from "@/lib/format";
import { formatPartialDate, parsePartialDate } from "@/lib/postmortems/mapping";
import { postmortemSchema } from "@/lib/validations/postmortem";

import { contentRoots } from "../../scripts/lib/content-roots";

const base = { slug: "a-public-one", title: "A public incident", summary: "What broke." };
const rated = { severity: "SEV3" };
const issues = (input: object) => {
  const result = postmortemSchema.safeParse({ ...base, ...input });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("a public incident's fields", () => {
  test("a public postmortem needs its organization and at least one source link", () => {
    assert.deepEqual(issues({ origin: "public" }), [
      "sources: a public postmortem needs at least one source link",
      "organization: a public postmortem needs the organization",
    ]);
    assert.deepEqual(
      issues({
        origin: "public",
        organization: "DFDS",
        sources: [{ title: "PM2020-004", url: "https://example.org/pm" }],
      }),
      [],
    );
  });

  test("our own postmortems need a severity; a public one may be unrated", () => {
    assert.deepEqual(issues({}), ["severity: required"]);
    const own = postmortemSchema.parse({ ...base, severity: "SEV2" });
    assert.equal(own.origin, "own");
    assert.deepEqual(own.sources, []);
    const source = { title: "PM2020-004", url: "https://example.org/pm" };
    const pub = postmortemSchema.parse({ ...base, origin: "public", organization: "DFDS", sources: [source] });
    assert.equal(pub.severity, undefined);
  });

  test("the start date may be known to the year, the month or the day, and nothing else", () => {
    for (const ok of ["2019", "2019-01", "2019-01-15"]) assert.deepEqual(issues({ ...rated, occurredOn: ok }), [], ok);
    for (const bad of ["19", "2019-13", "2019-02-30", "2019-1", "Jan 2019", "1969"])
      assert.ok(issues({ ...rated, occurredOn: bad }).length > 0, `${bad} should be refused`);
  });

  test("a source link must be http(s)", () => {
    assert.ok(
      issues({
        origin: "public",
        organization: "x",
        sources: [{ title: "t", url: "javascript:alert(1)" }],
      })[0]?.startsWith("sources.0.url"),
    );
  });
});

describe("partial dates", () => {
  test("round-trip through the date column at each precision", () => {
    for (const value of ["2019", "2019-03", "2019-03-07"]) {
      const { date, precision } = parsePartialDate(value);
      assert.equal(formatPartialDate(date, precision), value);
    }
  });

  test("read as precisely as they are known", () => {
    const at = (value: string) => {
      const { date, precision } = parsePartialDate(value);
      return formatIncidentDate({ occurredOn: date, occurredPrecision: precision, startedAt: null });
    };
    assert.equal(at("2019"), "2019");
    assert.equal(at("2019-01"), "Jan 2019");
    assert.equal(at("2019-01-15"), "2019-01-15");
    assert.equal(formatIncidentDate({ occurredOn: null, occurredPrecision: null, startedAt: null }), "date unknown");
  });
});

describe("HINDSIGHT_PACKS", () => {
  const repo = mkdtempSync(path.join(tmpdir(), "hindsight-packs-"));
  mkdirSync(path.join(repo, "packs/public-incidents"), { recursive: true });
  mkdirSync(path.join(repo, "packs/team-b"), { recursive: true });
  mkdirSync(path.join(repo, "content"), { recursive: true });

  test("defaults to content/ and the public-incidents pack, in that order", () => {
    assert.deepEqual(contentRoots(undefined, repo), [
      path.join(repo, "content"),
      path.join(repo, "packs/public-incidents"),
    ]);
  });

  test("`none` imports only content/; a list names packs in order", () => {
    assert.deepEqual(contentRoots("none", repo), [path.join(repo, "content")]);
    assert.deepEqual(contentRoots("team-b, public-incidents", repo), [
      path.join(repo, "content"),
      path.join(repo, "packs/team-b"),
      path.join(repo, "packs/public-incidents"),
    ]);
  });

  test("a project with no content/ imports only its packs (npm start keeps working)", () => {
    const bare = mkdtempSync(path.join(tmpdir(), "hindsight-packs-"));
    mkdirSync(path.join(bare, "packs/public-incidents"), { recursive: true });
    assert.deepEqual(contentRoots(undefined, bare), [path.join(bare, "packs/public-incidents")]);
    assert.deepEqual(contentRoots("none", bare), []);
  });

  test("a pack that does not exist is an error naming the ones that do", () => {
    assert.throws(
      () => contentRoots("public-incidnets", repo),
      /no packs\/public-incidnets\/.*available: public-incidents, team-b/,
    );
    assert.throws(() => contentRoots("../etc", repo), /no packs\/\.\.\/etc\//);
  });
});
