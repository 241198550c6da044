import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { mergeIntoTimeline } from "@/components/editor/timeline-merge";
import {
  MAX_PASTE_CHARS,
  parseTimelinePaste,
  type PasteOptions,
  type PasteResult,
} from "@/lib/postmortems/timeline-paste";

const sample = (name: string) => readFileSync(new URL(`../fixtures/timeline-paste/${name}`, import.meta.url), "utf8");
const berlin: PasteOptions = { timeZone: "Europe/Berlin", referenceDate: "2024-05-01" };

function events(result: PasteResult) {
  assert.ok(result.ok, result.ok ? "" : result.error);
  return result.events;
}
const pick = (result: PasteResult, ...fields: Array<"at" | "kind" | "actor" | "description">) =>
  events(result).map((event) => fields.map((field) => event[field]));

test("a Slack channel export: epoch `ts` shown in the postmortem's zone, real names, bot attachments, joins left out", () => {
  const result = parseTimelinePaste(sample("slack-export.json"), berlin);
  assert.equal(result.ok && result.format, "slack-export");
  assert.deepEqual(pick(result, "at", "actor", "kind"), [
    ["2024-05-01T12:02:03", "Datadog", "detection"],
    ["2024-05-01T12:04", "Jane Doe", "escalation"],
    ["2024-05-01T12:10", "Omar Haddad", "mitigation"],
    ["2024-05-01T12:25", "Jane Doe", "resolution"],
  ]);
  // Slack markup becomes Markdown and plain text.
  assert.equal(
    events(result)[2]!.description,
    "Rolled back checkout to v412 [run 9912](https://ci.example.com/runs/9912), cc @jane",
  );
  assert.match(events(result)[1]!.description, /deploy & only in eu/);
});

test("Slack text copied from the app: name-and-time lines start messages, the lines under them are their text", () => {
  const result = parseTimelinePaste(sample("slack-text.txt"), berlin);
  assert.equal(result.ok && result.format, "slack-text");
  assert.deepEqual(pick(result, "at", "actor"), [
    ["2024-05-01T10:42", "Jane Doe"],
    ["2024-05-01T10:47", "Omar Haddad"],
    ["2024-05-01T10:49", "Omar Haddad"], // a time alone: another message by the same person
    ["2024-05-01T11:20", "Jane Doe"],
  ]);
  assert.equal(
    events(result)[0]!.description,
    "the nightly export job is failing with 429s from the storage API\nlooks like we hit the request quota",
  );
  assert.equal(events(result)[3]!.kind, "resolution");
});

test("a PagerDuty incident log CSV: Created-At in UTC, Agent/User as actor, trigger/acknowledge/resolve as kinds", () => {
  const result = parseTimelinePaste(sample("pagerduty.csv"), berlin);
  assert.equal(result.ok && result.format, "csv");
  assert.deepEqual(pick(result, "at", "kind", "actor"), [
    ["2024-05-01T12:42:03", "detection", ""],
    ["2024-05-01T12:42:05", "escalation", "Jane Doe"],
    ["2024-05-01T12:44:41", "escalation", "Jane Doe"],
    ["2024-05-01T13:02:17", "mitigation", "Jane Doe"],
    ["2024-05-01T13:15", "resolution", "Jane Doe"],
  ]);
  assert.equal(events(result)[3]!.description, "Note added: limit raised from 500 to 2,000 per minute");
});

test("PagerDuty log lines with a UTC suffix: the actor comes from “Acknowledged by …”, “Resolved by …”", () => {
  const result = parseTimelinePaste(sample("pagerduty.txt"), { timeZone: "America/New_York" });
  assert.deepEqual(pick(result, "at", "kind", "actor"), [
    ["2024-05-01T06:42:03", "detection", ""],
    ["2024-05-01T06:44:41", "escalation", "Jane Doe"],
    ["2024-05-01T06:58:12", "escalation", ""],
    ["2024-05-01T07:15", "resolution", "Jane Doe"],
  ]);
});

test("Opsgenie alert log: “Alert created”, “acknowledged by”, “closed by”, read in the postmortem's zone", () => {
  const result = parseTimelinePaste(sample("opsgenie.txt"), { timeZone: "Asia/Kolkata" });
  assert.deepEqual(pick(result, "at", "kind", "actor"), [
    ["2024-05-01T10:42:03", "detection", ""],
    ["2024-05-01T10:45:10", "escalation", "Omar Haddad"],
    ["2024-05-01T11:01:44", "observation", "Omar Haddad"],
    ["2024-05-01T11:09:30", "resolution", "Omar Haddad"],
  ]);
});

test("bracketed clock times take the reference date, roll over midnight, and lines without a time continue the event", () => {
  const result = parseTimelinePaste(sample("mixed-lines.txt"), berlin);
  assert.deepEqual(pick(result, "at", "actor", "kind"), [
    ["2024-05-01T23:55:10", "jane", "trigger"], // a deploy before anything was detected
    ["2024-05-01T23:58:40", "monitor", "detection"],
    ["2024-05-02T00:03:02", "omar", "mitigation"],
    ["2024-05-02T00:20", "jane", "resolution"],
  ]);
  assert.equal(events(result)[1]!.description, "ALERT edge_5xx firing in ams, fra\nsome users report timeouts too");
  assert.ok(
    result.ok && result.notes.some((note) => /1 line/.test(note)),
    "the line before the first time is reported",
  );
});

test("syslog lines take the reference year; a deploy after detection is an action, not the trigger", () => {
  const syslog = events(parseTimelinePaste(sample("syslog.txt"), berlin));
  assert.deepEqual(
    syslog.map((event) => event.at),
    ["2024-05-01T10:42:03", "2024-05-01T10:42:09", "2024-05-01T10:55:31"],
  );
  const later = events(parseTimelinePaste("10:00 alert fired: p99 latency\n10:30 deployed the fix", berlin));
  assert.deepEqual(
    later.map((event) => event.kind),
    ["detection", "action"],
  );
});

test("ISO 8601 with offsets, Z and zone names; times with no zone are the postmortem's", () => {
  const text = [
    "2024-05-01T08:00:00Z paged the on-call",
    "2024-05-01T10:05:00+02:00 investigating the queue",
    "2024-05-01 10:10 Europe/Berlin found the stuck consumer",
    "2024-05-01 10:20:30 restarted consumers",
  ].join("\n");
  assert.deepEqual(
    events(parseTimelinePaste(text, { timeZone: "Europe/Berlin" })).map((event) => [event.at, event.kind]),
    [
      ["2024-05-01T10:00", "detection"],
      ["2024-05-01T10:05", "diagnosis"],
      ["2024-05-01T10:10", "diagnosis"],
      ["2024-05-01T10:20:30", "observation"],
    ],
  );
  // The same wall time in another zone is another instant.
  assert.equal(
    events(parseTimelinePaste("2024-05-01 10:20 restarted", { timeZone: "UTC" }))[0]!.at,
    "2024-05-01T10:20",
  );
});

test("clock times without any date become labels, with a note saying so", () => {
  const result = parseTimelinePaste("10:42 jane: rolled back\n10:50 jane: resolved", { timeZone: "UTC" });
  assert.deepEqual(pick(result, "at"), [[""], [""]]);
  assert.deepEqual(
    events(result).map((event) => event.label),
    ["10:42", "10:50"],
  );
  assert.ok(result.ok && result.notes.some((note) => /carry no date/.test(note)));
});

test("garbage, binary and oversized pastes say what could not be read and propose nothing", () => {
  const cases: Array<[string, RegExp]> = [
    ["", /Nothing to read/],
    ["Lorem ipsum dolor sit amet\nconsectetur adipiscing elit", /Found no times/],
    ["\u0000\u0001PNG\r\n\u001a\n\u0000\u0000IHDR", /binary/],
    ["x".repeat(5_000_000), /at most 200,000/],
    ['{"messages": "nope"}', /not a Slack channel export/],
    ['[{"ts": "1714557600.1", "text": "ok"', /JSON but could not be read/],
    ["Name,Value\nfoo,1", /Found no times/],
    ["date,colour\n2024-05-01,red", /no time and text columns/],
  ];
  for (const [text, message] of cases) {
    const result = parseTimelinePaste(text, berlin);
    assert.equal(result.ok, false, `${text.slice(0, 30)} should not be read`);
    assert.match(!result.ok ? result.error : "", message);
  }
  assert.equal(MAX_PASTE_CHARS, 200_000);
});

test("an unknown time zone falls back to UTC rather than failing", () => {
  assert.equal(
    events(parseTimelinePaste("2024-05-01T10:00:00Z alert", { timeZone: "Mars/Olympus" }))[0]!.at,
    "2024-05-01T10:00",
  );
});

test("added events join the timeline in time order; an event without a time stays after the one before it", () => {
  const event = (at: string, description: string, label = "") => ({
    key: description,
    at,
    label,
    approximate: false,
    kind: "action" as const,
    actor: "",
    description,
  });
  const merged = mergeIntoTimeline(
    [event("2024-05-01T10:00", "start"), event("", "later that day", "~13:00"), event("2024-05-01T11:00", "fix")],
    [event("2024-05-01T10:44:41", "ack"), event("2024-05-01T10:42:03", "alert")],
  );
  assert.deepEqual(
    merged.map((e) => e.description),
    ["start", "later that day", "alert", "ack", "fix"],
  );
});
