import assert from "node:assert/strict";
import { test } from "node:test";

import { countChanges, diffRows } from "@/components/history/diff-rows";

test("a line diff marks added and removed lines with their line numbers", () => {
  const rows = diffRows("a\nb\nc\n", "a\nB\nc\nd\n");
  assert.deepEqual(rows, [
    { kind: "same", text: "a", oldLine: 1, newLine: 1 },
    { kind: "removed", text: "b", oldLine: 2, newLine: null },
    { kind: "added", text: "B", oldLine: null, newLine: 2 },
    { kind: "same", text: "c", oldLine: 3, newLine: 3 },
    { kind: "added", text: "d", oldLine: null, newLine: 4 },
  ]);
  assert.deepEqual(countChanges(rows), { added: 2, removed: 1 });
});

test("long unchanged stretches fold into one row, keeping context around changes", () => {
  const before = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join("\n");
  const after = before.replace("line 20", "line twenty");
  const rows = diffRows(before, after, 2);
  assert.deepEqual(rows[0], { kind: "skipped", count: 17 });
  assert.deepEqual(rows.at(-1), { kind: "skipped", count: 18 });
  assert.equal(rows.filter((r) => r.kind !== "skipped").length, 6);
});

test("a missing final newline is not a change", () => {
  assert.deepEqual(countChanges(diffRows("a\nb", "a\nb\n")), { added: 0, removed: 0 });
});
