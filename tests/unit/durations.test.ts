import assert from "node:assert/strict";
import { test } from "node:test";

import { deriveDurations } from "@/lib/postmortems/durations";

const none = { startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null };
const event = (kind: string, label: string | null, at: Date | null = null) => ({ kind, label, at });
const min = 60_000;

test("durations come from the timestamps when the start is known", () => {
  const d = deriveDurations({
    startedAt: new Date("2024-01-01T10:00:00Z"),
    detectedAt: new Date("2024-01-01T10:07:00Z"),
    mitigatedAt: new Date("2024-01-01T10:52:00Z"),
    resolvedAt: null,
  });
  assert.deepEqual(d, { ttd: 7 * min, ttm: 52 * min, ttr: null, basis: "timestamps" });
});

test("without dates, times of day in the timeline give approximate durations from the first timed entry", () => {
  const timeline = [
    event("trigger", "morning"),
    event("observation", "~10:15"),
    event("action", "after 10:15"),
    event("mitigation", "~12:00"),
  ];
  assert.deepEqual(deriveDurations({ ...none, timeline }), {
    ttd: null,
    ttm: 105 * min,
    ttr: null,
    basis: "times-of-day",
  });
});

test("counting from a detection, the time to detect stays unknown", () => {
  const timeline = [
    event("detection", "23:00"),
    event("diagnosis", "23:03"),
    event("mitigation", "23:05"),
    event("resolution", "23:30"),
  ];
  assert.deepEqual(deriveDurations({ ...none, timeline }), {
    ttd: null,
    ttm: 5 * min,
    ttr: 30 * min,
    basis: "times-of-day",
  });
});

test("times of day that pass midnight count into the next day", () => {
  const timeline = [event("trigger", "23:50"), event("detection", "23:58"), event("mitigation", "00:20")];
  assert.deepEqual(deriveDurations({ ...none, timeline }), {
    ttd: 8 * min,
    ttm: 30 * min,
    ttr: null,
    basis: "times-of-day",
  });
});

test("labels that are not times of day give nothing", () => {
  const timeline = [event("trigger", "step 1"), event("mitigation", "step 2")];
  assert.deepEqual(deriveDurations({ ...none, timeline }), { ttd: null, ttm: null, ttr: null, basis: null });
});
