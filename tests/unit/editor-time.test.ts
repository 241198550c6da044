import assert from "node:assert/strict";
import { test } from "node:test";

import { isoToLocal, localToIso, timeZoneOptions } from "@/components/editor/zoned-time";

test("a wall-clock time in the postmortem's zone becomes ISO 8601 with that zone's offset", () => {
  assert.equal(localToIso("2024-03-05T10:00", "Asia/Shanghai"), "2024-03-05T10:00:00+08:00");
  assert.equal(localToIso("2024-03-05T10:00", "UTC"), "2024-03-05T10:00:00+00:00");
  assert.equal(localToIso("2024-07-01T08:30:15", "America/New_York"), "2024-07-01T08:30:15-04:00");
  assert.equal(localToIso("2024-01-15T08:30", "America/New_York"), "2024-01-15T08:30:00-05:00");
  assert.equal(localToIso("2024-03-05T10:00", "Asia/Kolkata"), "2024-03-05T10:00:00+05:30");
});

test("daylight-saving changes: the offset is the one in force at that wall time", () => {
  // Europe/Berlin moves from +01:00 to +02:00 at 02:00 on 2024-03-31.
  assert.equal(localToIso("2024-03-31T01:59", "Europe/Berlin"), "2024-03-31T01:59:00+01:00");
  assert.equal(localToIso("2024-03-31T03:00", "Europe/Berlin"), "2024-03-31T03:00:00+02:00");
  // 02:30 does not exist that night: it moves forward like the clocks.
  assert.equal(localToIso("2024-03-31T02:30", "Europe/Berlin"), "2024-03-31T03:30:00+02:00");
});

test("empty or partial input is no time at all, not a wrong one", () => {
  assert.equal(localToIso("", "UTC"), undefined);
  assert.equal(localToIso("2024-03-05", "UTC"), undefined);
  assert.equal(localToIso("yesterday", "UTC"), undefined);
});

test("an ISO time shows as the wall-clock time of the postmortem's zone, whatever offset it was written with", () => {
  assert.equal(isoToLocal("2024-03-05T10:00:00+08:00", "Asia/Shanghai"), "2024-03-05T10:00");
  assert.equal(isoToLocal("2024-03-05T02:00:00Z", "Asia/Shanghai"), "2024-03-05T10:00");
  assert.equal(isoToLocal("2024-03-05T10:00:30+08:00", "Asia/Shanghai"), "2024-03-05T10:00:30");
  assert.equal(isoToLocal("2024-03-05T10:00:30.250+08:00", "Asia/Shanghai"), "2024-03-05T10:00:30.250");
  assert.equal(isoToLocal(undefined, "UTC"), "");
  assert.equal(isoToLocal("not a date", "UTC"), "");
});

test("local -> ISO -> local gives back what was typed", () => {
  for (const [local, zone] of [
    ["2021-03-05T10:15", "Asia/Shanghai"],
    ["2023-11-05T01:30", "America/Los_Angeles"],
    ["2020-12-31T23:59:59", "Pacific/Auckland"],
  ] as const) {
    assert.equal(isoToLocal(localToIso(local, zone), zone), local, `${local} in ${zone}`);
  }
});

test("the zone select always offers UTC and the postmortem's current zone", () => {
  const zones = timeZoneOptions(["Asia/Shanghai", "Europe/Berlin"], "Asia/Calcutta");
  assert.equal(zones[0], "UTC");
  assert.ok(zones.includes("Asia/Calcutta"));
  assert.equal(new Set(zones).size, zones.length);
});
