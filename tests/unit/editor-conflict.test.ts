import assert from "node:assert/strict";
import { test } from "node:test";

import { applyChoices, displayValue, findConflicts } from "@/components/editor/conflict-fields";
import type { PostmortemInput } from "@/lib/validations/postmortem";

const base: PostmortemInput = {
  slug: "x",
  title: "Original title",
  summary: "Summary.",
  severity: "SEV2",
  timeZone: "UTC",
  impact: "Base impact.",
  tags: ["dns"],
};

test("only fields that differ from yours are listed, and only-theirs changes are marked as such", () => {
  const theirs = { ...base, title: "Their title", impact: "Their impact." };
  const mine = { ...base, impact: "My impact.", rootCause: "Mine only." };
  const conflicts = findConflicts(base, theirs, mine);
  assert.deepEqual(
    conflicts.map((c) => [c.field, c.bothChanged]),
    [
      ["title", false],
      ["impact", true],
    ],
  );
});

test("resolving keeps mine, takes theirs or keeps both; nothing else changes", () => {
  const theirs = { ...base, title: "Their title", impact: "Their impact.", tags: ["dns", "quota"] };
  const mine = { ...base, impact: "My impact.", tags: ["dns", "release"], rootCause: "Mine only." };
  const conflicts = findConflicts(base, theirs, mine);
  const merged = applyChoices(mine, conflicts, { title: "theirs", impact: "both", tags: "both" });
  assert.equal(merged.title, "Their title");
  assert.equal(merged.impact, "Their impact.\n\nMy impact.");
  assert.deepEqual(merged.tags, ["dns", "quota", "release"]);
  assert.equal(merged.rootCause, "Mine only.");
  assert.equal(applyChoices(mine, conflicts, { title: "mine", impact: "mine" }).impact, "My impact.");
});

test("without a known base every difference needs a choice", () => {
  const conflicts = findConflicts(null, { ...base, title: "T" }, base);
  assert.equal(conflicts[0]!.bothChanged, true);
});

test("times written with different offsets for the same instant are not a conflict", () => {
  const theirs = { ...base, timeZone: "Asia/Shanghai", startedAt: "2024-03-05T10:00:00+08:00" };
  const mine = { ...base, timeZone: "Asia/Shanghai", startedAt: "2024-03-05T02:00:00Z" };
  assert.deepEqual(
    findConflicts(base, theirs, mine).map((c) => c.field),
    ["timeZone", "startedAt"].filter(() => false),
  );
});

test("lists are shown as readable text for the line diff", () => {
  assert.match(displayValue([{ text: "ELB.8905", source: "API" }]), /- text: ELB\.8905\n {2}source: API/);
  assert.equal(displayValue(undefined), "");
});
