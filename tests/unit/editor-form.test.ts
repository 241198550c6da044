import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { formFingerprint } from "@/components/editor/form-convert";
import { emptyForm, fromForm, toForm } from "@/components/editor/form-convert";
import { slugify } from "@/components/editor/slugify";
import { validateForm } from "@/components/editor/validation";
import { postmortemKind } from "@/lib/content/formats";
import { parseContentFile } from "@/lib/content/parse-file";
import { postmortemSchema } from "@/lib/validations/postmortem";

import { contentDir, fixtureContentDir } from "../helpers/paths";

function load(file: string) {
  return parseContentFile(postmortemKind, file, readFileSync(file, "utf8")).data;
}

/** Compares as the API sends it: a field set to undefined and a missing field are the same. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const fixture = load(path.join(fixtureContentDir, "postmortems/fixture-quota-outage.md"));

test("a postmortem goes into the form and comes back out as the same data", () => {
  const roundTrip = postmortemSchema.parse(fromForm(toForm(fixture)));
  assert.deepEqual(json(roundTrip), json(fixture));
});

test("every real postmortem in content/ survives the form unchanged", () => {
  for (const name of [
    "ack-slb-attachment-quota-release-outage",
    "cce-elb-members-per-pool-quota",
    "calico-ipvs-stale-realserver-502s",
  ]) {
    const data = load(path.join(contentDir, "postmortems", `${name}.md`));
    assert.deepEqual(json(postmortemSchema.parse(fromForm(toForm(data)))), json(data), name);
  }
});

test("times are shown as wall-clock values in the postmortem's zone", () => {
  const form = toForm(fixture);
  assert.equal(form.timeZone, "Asia/Shanghai");
  assert.equal(form.startedAt, "2024-03-05T10:00");
  assert.equal(form.timeline[0]!.at, "2024-03-05T10:00");
  assert.equal(form.timeline[2]!.at, "");
  assert.equal(form.timeline[2]!.label, "~10:30");
});

test("changing the zone keeps the typed wall-clock times and changes the offset", () => {
  const form = { ...toForm(fixture), timeZone: "UTC" };
  assert.equal(fromForm(form).startedAt, "2024-03-05T10:00:00+00:00");
});

test("empty optional inputs are left out; text is sent as typed", () => {
  const form = emptyForm();
  form.title = "Title";
  form.environment.region = "  ";
  form.timeline.push({
    key: "x",
    at: "",
    label: "day 2",
    approximate: true,
    kind: "observation",
    actor: "",
    description: "Seen.",
  });
  const input = fromForm(form);
  assert.equal(input.environment?.region, undefined);
  assert.equal(input.startedAt, undefined);
  assert.deepEqual(input.timeline?.[0], {
    at: undefined,
    label: "day 2",
    approximate: true,
    kind: "observation",
    actor: undefined,
    description: "Seen.",
  });
});

test("a time that cannot be read is sent as typed so the error names it, not dropped", () => {
  const form = emptyForm();
  form.startedAt = "2024-13-99T99:99";
  assert.equal(fromForm(form).startedAt, "2024-13-99T99:99");
});

test("an empty form fails validation with a message per required field", () => {
  const fields = [...new Set(validateForm(emptyForm()).map((e) => e.field))].sort();
  assert.deepEqual(fields, ["severity", "slug", "summary", "title"]);
});

test("the fingerprint ignores list keys and status, and sees any typed change", () => {
  const a = toForm(fixture);
  const b = toForm(fixture);
  assert.equal(formFingerprint(a), formFingerprint(b));
  assert.equal(formFingerprint({ ...a, status: "draft" }), formFingerprint(a));
  assert.notEqual(formFingerprint({ ...a, impact: a.impact + "!" }), formFingerprint(a));
});

test("a slug is derived from the title", () => {
  assert.equal(
    slugify("SLB quota ran out (again) during the 10:00 release"),
    "slb-quota-ran-out-again-during-the-10-00-release",
  );
  assert.equal(slugify("Café DNS ç"), "cafe-dns-c");
  assert.equal(slugify("库存不足"), "");
  assert.ok(slugify("a ".repeat(100)).length <= 80);
  assert.doesNotMatch(slugify("word ".repeat(30)), /-$/);
});
