import assert from "node:assert/strict";
import { test } from "node:test";

import { fieldId, fieldLabel, humanMessage, inputIdFor } from "@/components/editor/field-paths";
import { emptyForm } from "@/components/editor/form-convert";
import { errorsByInput, validateForm } from "@/components/editor/validation";

test("a field path names the input that edits it", () => {
  assert.equal(fieldId("timeline[3].at"), "pm-timeline-3-at");
  assert.equal(fieldId("environment.components"), "pm-environment-components");
  assert.equal(inputIdFor("timeline[3].at"), "pm-timeline-3-at");
  assert.equal(inputIdFor("title"), "pm-title");
});

test("errors about a whole item or one token point at the input for it", () => {
  assert.equal(inputIdFor("limits[1]"), "pm-limits-1-limit");
  assert.equal(inputIdFor("patterns[0]"), "pm-patterns-0-slug");
  assert.equal(inputIdFor("tags[2]"), "pm-tags");
  assert.equal(inputIdFor("environment.components[0]"), "pm-environment-components");
});

test("field paths read as words", () => {
  assert.equal(fieldLabel("timeline[3].at"), "Timeline event 4: time");
  assert.equal(fieldLabel("signatures[0].source"), "Error signature 1: where seen");
  assert.equal(fieldLabel("limits[1]"), "Limit 2");
  assert.equal(fieldLabel("tags[0]"), "Tags (entry 1)");
  assert.equal(fieldLabel("rootCause"), "Root cause");
});

test("schema messages are reworded for people", () => {
  assert.equal(humanMessage("title", "required"), "This cannot be empty.");
  assert.equal(humanMessage("severity", "required"), "Choose a severity.");
  assert.match(
    humanMessage("timeline[0].at", 'needs `at` (a date-time) or `label` (e.g. "~10:15" or "day 2")'),
    /label such as/,
  );
  assert.match(humanMessage("limits[1]", 'duplicate limit "x" (also at [0])'), /already listed \(entry 1\)/);
  assert.match(humanMessage("detectedAt", "is before startedAt"), /before the incident started/);
});

test("a timeline event with neither time nor label gets its error at the time input", () => {
  const form = emptyForm();
  Object.assign(form, { slug: "a", title: "A", summary: "S", severity: "SEV2" });
  form.timeline.push({ key: "1", at: "", label: "", approximate: false, kind: "trigger", actor: "", description: "x" });
  const errors = errorsByInput(validateForm(form));
  assert.deepEqual([...errors.keys()], ["timeline[0].at"]);
});

test("an empty slug is reported once, as empty, not also as badly formatted", () => {
  const errors = errorsByInput(validateForm(emptyForm()));
  assert.equal(errors.get("slug"), "This cannot be empty.");
  assert.equal(errors.get("severity"), "Choose a severity.");
});
