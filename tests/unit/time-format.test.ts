import assert from "node:assert/strict";
import { test } from "node:test";

import { formatIsoInZone } from "@/lib/content/time-format";
import { formatDuration } from "@/lib/format";

test("an instant is written with the offset of the postmortem's time zone", () => {
  const instant = new Date("2024-03-05T02:00:00Z");
  assert.equal(formatIsoInZone(instant, "Asia/Shanghai"), "2024-03-05T10:00:00+08:00");
  assert.equal(formatIsoInZone(instant, "UTC"), "2024-03-05T02:00:00+00:00");
  assert.equal(formatIsoInZone(new Date("2024-07-01T12:00:00Z"), "America/New_York"), "2024-07-01T08:00:00-04:00");
  assert.equal(Date.parse(formatIsoInZone(instant, "Asia/Kolkata")), instant.getTime());
});

test("durations read as minutes, hours or days", () => {
  assert.equal(formatDuration(7 * 60_000), "7 min");
  assert.equal(formatDuration(105 * 60_000), "1 h 45 min");
  assert.equal(formatDuration(3 * 24 * 3600_000), "3 d");
  assert.equal(formatDuration(null), "unknown");
  assert.equal(formatDuration(-1), "unknown");
});
