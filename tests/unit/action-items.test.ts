import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { trackerName } from "@/lib/action-items/labels";
import { isOverdue, todayUtc } from "@/lib/action-items/overdue";
import { actionItemSchema } from "@/lib/validations/postmortem";

describe("action items", () => {
  test("a tracker link is named by its host: Jira, GitHub, Linear, GitLab, or the host itself", () => {
    assert.equal(trackerName("https://acme.atlassian.net/browse/OPS-1"), "Jira");
    assert.equal(trackerName("https://jira.acme.internal/browse/OPS-1"), "Jira");
    assert.equal(trackerName("https://github.com/acme/ops/issues/2"), "GitHub");
    assert.equal(trackerName("https://linear.app/acme/issue/OPS-3"), "Linear");
    assert.equal(trackerName("https://gitlab.acme.io/ops/-/issues/4"), "GitLab");
    assert.equal(trackerName("https://www.tracker.example/5"), "tracker.example");
    assert.equal(
      trackerName("https://notjira.example/5"),
      "notjira.example",
      "a host merely containing a name is not it",
    );
  });

  test("overdue is due before today (UTC) and open or in progress", () => {
    const today = todayUtc(new Date("2026-12-01T23:30:00-05:00"));
    assert.equal(today, "2026-12-02");
    assert.equal(isOverdue({ status: "open", dueDate: "2026-12-01" }, today), true);
    assert.equal(isOverdue({ status: "in_progress", dueDate: "2020-01-01" }, today), true);
    assert.equal(isOverdue({ status: "open", dueDate: "2026-12-02" }, today), false, "due today is not overdue yet");
    assert.equal(isOverdue({ status: "done", dueDate: "2020-01-01" }, today), false);
    assert.equal(isOverdue({ status: "wont_do", dueDate: "2020-01-01" }, today), false);
    assert.equal(isOverdue({ status: "open", dueDate: null }, today), false);
  });

  test("priority defaults to medium; the tracker link must be http(s)", () => {
    assert.equal(actionItemSchema.parse({ title: "Alert earlier" }).priority, "medium");
    const bad = actionItemSchema.safeParse({ title: "x", priority: "P1", link: "javascript:alert(1)" });
    assert.ok(!bad.success);
    assert.deepEqual(
      bad.error.issues.map((issue) => [issue.path.join("."), issue.message]),
      [
        ["priority", "must be one of: urgent, high, medium, low"],
        ["link", "not an http(s) URL"],
      ],
    );
  });
});
