import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";

import { ContentError } from "@/lib/content/content-error";
import { postmortemKind } from "@/lib/content/formats";
import { parseContentFile } from "@/lib/content/parse-file";
import { serializeContent } from "@/lib/content/serialize";

import { fixtureContentDir } from "../helpers/paths";

const file = "content/postmortems/x.md";
/** Drops keys whose value is undefined, as YAML and JSON do. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const fixturePath = path.join(fixtureContentDir, "postmortems/fixture-quota-outage.md");
const fixture = await readFile(fixturePath, "utf8");

function parseError(text: string): ContentError {
  try {
    parseContentFile(postmortemKind, file, text);
  } catch (error) {
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected the file to be rejected");
}

describe("parsing a postmortem file", () => {
  test("a complete file yields every structured field and every section", () => {
    const { data, hash } = parseContentFile(postmortemKind, file, fixture);
    assert.equal(data.slug, "fixture-quota-outage");
    assert.equal(data.severity, "SEV2");
    assert.equal(data.startedAt, "2024-03-05T10:00:00+08:00", "offsets survive: YAML dates stay strings");
    assert.equal(data.timeline.length, 5);
    assert.equal(data.timeline[2]!.label, "~10:30");
    assert.equal(data.timeline[2]!.approximate, true);
    assert.deepEqual(data.patterns, [
      { slug: "fixture-quota", note: undefined },
      { slug: "fixture-dns", note: "Only as a red herring." },
    ]);
    assert.equal(data.limits[0]!.raisedTo, "200");
    assert.match(data.impact, /52 minutes/);
    assert.equal(data.rootCause, "The pool member quota.");
    assert.equal(data.wentWell, "- Quick detection.");
    assert.equal(data.trigger, "", "a missing section is empty");
    assert.match(hash, /^[0-9a-f]{64}$/);
  });

  test("a missing required field names the field", () => {
    const error = parseError(fixture.replace(/^severity: SEV2\n/m, ""));
    assert.equal(error.problems[0]!.field, "severity");
    assert.match(error.message, /^content\/postmortems\/x\.md: severity: /);
  });

  test("a bad date in the timeline names its index: timeline[3].at: not a date", () => {
    const error = parseError(fixture.replace("at: 2024-03-05T10:52:00+08:00", "at: yesterday at noon"));
    assert.equal(error.problems[0]!.field, "timeline[3].at");
    assert.match(error.message, /content\/postmortems\/x\.md: timeline\[3\]\.at: not a date/);
  });

  test("a timeline event with neither `at` nor `label` is rejected", () => {
    const error = parseError(fixture.replace('  - label: "~10:30"\n', "  - actor: someone\n"));
    assert.equal(error.problems[0]!.field, "timeline[2].at");
    assert.match(error.problems[0]!.detail, /needs `at`/);
  });

  test("malformed YAML is reported as such, with nothing parsed", () => {
    const error = parseError(fixture.replace("severity: SEV2", "severity: [SEV2"));
    assert.match(error.message, /malformed YAML front matter/);
  });

  test("an unknown front-matter field is an error, not silently dropped", () => {
    const error = parseError(fixture.replace("severity: SEV2", "severity: SEV2\nseverty: SEV1"));
    assert.match(error.message, /unknown field\(s\): severty/);
  });

  test("an unknown enum value lists the allowed ones", () => {
    const error = parseError(fixture.replace("severity: SEV2", "severity: SEV9"));
    assert.match(error.message, /severity: must be one of: SEV1, SEV2, SEV3, SEV4/);
  });

  test("an unknown section heading is rejected with the list of known ones", () => {
    const error = parseError(`${fixture}\n## Random thoughts\n\nhello\n`);
    assert.match(error.message, /unknown section "## Random thoughts"/);
    assert.match(error.message, /"## Root cause"/);
  });

  test("a heading inside a code fence is not a section", () => {
    const { data } = parseContentFile(
      postmortemKind,
      file,
      fixture.replace("The pool member quota.", "The quota.\n\n```md\n## Not a heading\n```"),
    );
    assert.match(data.rootCause, /## Not a heading/);
  });

  test("a prose field in the front matter is pointed to its section", () => {
    const error = parseError(fixture.replace("severity: SEV2", "severity: SEV2\nrootCause: x"));
    assert.match(error.message, /rootCause: belongs in the markdown section "## Root cause"/);
  });

  test("a file without front matter is rejected", () => {
    assert.match(parseError("# Just markdown\n").message, /missing front matter/);
  });

  test("detectedAt before startedAt is rejected", () => {
    const error = parseError(
      fixture.replace("detectedAt: 2024-03-05T10:07:00+08:00", "detectedAt: 2024-03-05T09:07:00+08:00"),
    );
    assert.equal(error.problems[0]!.field, "detectedAt");
  });

  test("serialising and parsing again gives the same data", () => {
    const { data } = parseContentFile(postmortemKind, file, fixture);
    const again = parseContentFile(postmortemKind, file, serializeContent(postmortemKind, data));
    assert.deepEqual(plain(again.data), plain(data));
  });
});
