import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { formatPath, toFieldErrors } from "@/lib/validations/format-issues";
import { limitSchema } from "@/lib/validations/limit";
import { postmortemSchema } from "@/lib/validations/postmortem";

const minimal = { slug: "a-b", title: "T", summary: "S", severity: "SEV3" };

describe("the postmortem schema", () => {
  test("a minimal postmortem gets defaults for everything optional", () => {
    const data = postmortemSchema.parse(minimal);
    assert.equal(data.status, "draft");
    assert.equal(data.timeZone, "UTC");
    assert.deepEqual(data.environment.components, []);
    assert.equal(data.environment.platform, undefined);
    assert.deepEqual(data.timeline, []);
    assert.equal(data.rootCause, "");
  });

  test("slugs must be lowercase-hyphen", () => {
    const result = postmortemSchema.safeParse({ ...minimal, slug: "Bad Slug" });
    assert.equal(result.success, false);
    assert.deepEqual(toFieldErrors(result.error!)[0]!.field, "slug");
  });

  test("a date without an offset is not accepted: times always carry their zone", () => {
    const result = postmortemSchema.safeParse({ ...minimal, startedAt: "2024-01-02T10:00:00" });
    assert.equal(result.success, false);
    assert.match(toFieldErrors(result.error!)[0]!.message, /not a date/);
  });

  test("an unknown time zone is rejected", () => {
    const result = postmortemSchema.safeParse({ ...minimal, timeZone: "Mars/Olympus" });
    assert.equal(result.success, false);
    assert.equal(toFieldErrors(result.error!)[0]!.field, "timeZone");
  });

  test("duplicate patterns, tags and limits are reported at the duplicate", () => {
    const result = postmortemSchema.safeParse({ ...minimal, patterns: ["x", "y", "x"], tags: ["a", "A"] });
    assert.equal(result.success, false);
    const fields = toFieldErrors(result.error!).map((e) => e.field);
    assert.ok(fields.includes("patterns[2]"), fields.join());
    assert.ok(fields.includes("tags[1]"), fields.join());
  });

  test("javascript: links are not URLs", () => {
    const result = postmortemSchema.safeParse({ ...minimal, references: [{ title: "x", url: "javascript:alert(1)" }] });
    assert.equal(result.success, false);
    assert.equal(toFieldErrors(result.error!)[0]!.field, "references[0].url");
  });

  test("blank required text counts as missing", () => {
    const result = postmortemSchema.safeParse({ ...minimal, title: "   " });
    assert.equal(result.success, false);
    assert.deepEqual(toFieldErrors(result.error!)[0], { field: "title", message: "required" });
  });
});

describe("the limit schema", () => {
  test("adjustable must be a boolean, not the string 'yes'", () => {
    const result = limitSchema.safeParse({ id: "x", provider: "p", resource: "r", name: "n", adjustable: "yes" });
    assert.equal(result.success, false);
    assert.equal(toFieldErrors(result.error!)[0]!.field, "adjustable");
  });
});

describe("field paths", () => {
  test("array indexes use brackets and names use dots", () => {
    assert.equal(formatPath(["timeline", 3, "at"]), "timeline[3].at");
    assert.equal(formatPath([]), "");
  });
});
