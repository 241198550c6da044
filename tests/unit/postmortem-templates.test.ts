import assert from "node:assert/strict";
import { test } from "node:test";

import { findTemplate, postmortemTemplates } from "@/lib/postmortems/templates";
import { postmortemSchema, type PostmortemInput } from "@/lib/validations/postmortem";

/** What only the author knows: the template leaves exactly these empty. */
function fillSlots(start: PostmortemInput): PostmortemInput {
  return {
    ...start,
    slug: "filled-in",
    title: "Filled in",
    summary: "Filled in by the author.",
    severity: "SEV2",
    limits: start.limits?.map((limit) => ({ ...limit, limit: "some-limit" })),
    timeline: start.timeline?.map((event) => ({ ...event, at: "2024-05-01T10:00:00Z" })),
  };
}

const authorSlot = /^(slug|title|summary|severity|limits\.\d+\.limit|timeline\.\d+\.at)$/;

for (const template of postmortemTemplates) {
  test(`the “${template.name}” template validates against the postmortem schema once the author fills in the facts`, () => {
    const filled = postmortemSchema.safeParse(fillSlots(template.start));
    assert.ok(filled.success, filled.success ? "" : JSON.stringify(filled.error.issues));
  });

  test(`the “${template.name}” template fails only where a fact must come from the author`, () => {
    const raw = postmortemSchema.safeParse(template.start);
    assert.equal(raw.success, false, "a template is not a postmortem by itself");
    const paths = raw.error!.issues.map((issue) => issue.path.join("."));
    for (const path of paths)
      assert.match(path, authorSlot, `${path} should be filled by the template or left to the author`);
  });

  test(`the “${template.name}” template makes up no facts: no times, no limit, prose that asks`, () => {
    const { start } = template;
    assert.ok(!start.startedAt && !start.detectedAt && !start.mitigatedAt && !start.resolvedAt);
    assert.ok((start.timeline ?? []).every((event) => !event.at && !event.label && !event.actor));
    assert.ok((start.limits ?? []).every((limit) => !limit.limit && !limit.observed && !limit.raisedTo));
    for (const field of ["impact", "trigger", "rootCause", "detection", "resolution"] as const) {
      const prompt = start[field];
      if (prompt) assert.match(prompt, /\?|_.+_/, `${field} is a prompt`);
    }
  });
}

test("the quota template asks what the limit was, who knew and how it was raised, with a limits row to fill", () => {
  const { start } = findTemplate("quota");
  assert.match(start.rootCause ?? "", /What was the limit\?.*Who knew.*How was it raised/s);
  assert.equal(start.limits?.length, 1);
  assert.deepEqual(
    start.timeline?.map((event) => event.kind),
    ["trigger", "detection", "mitigation", "resolution"],
  );
});

test("the dependency template asks for the dependency, its status page and the fallback; bad deploy for change, rollout, rollback", () => {
  const dependency = findTemplate("dependency").start;
  assert.match(`${dependency.trigger} ${dependency.rootCause}`, /dependency.*status page.*fallback/is);
  const deploy = findTemplate("deploy").start;
  assert.match(`${deploy.trigger} ${deploy.rootCause} ${deploy.resolution}`, /change.*rolled out.*rolled back/is);
});

test("an unknown or missing template id is the blank form", () => {
  assert.equal(findTemplate("nope").id, "blank");
  assert.equal(findTemplate(undefined).id, "blank");
  assert.equal(findTemplate(["quota", "deploy"]).id, "quota");
  assert.equal(new Set(postmortemTemplates.map((t) => t.id)).size, postmortemTemplates.length);
});
