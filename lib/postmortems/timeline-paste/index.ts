import { DateTime, IANAZone } from "luxon";

import type { TimelineEventKind } from "@/lib/generated/prisma/enums";
import { MAX_ITEMS } from "@/lib/validations/postmortem";

import { looksLikeCsv, readCsvLog } from "./csv-log";
import type { PastedEntry, ReadResult } from "./entry";
import { guessKind } from "./kinds";
import { readSlackExport } from "./slack-export";
import { readTextLog } from "./text-log";

/** The most a paste may hold: far more than an incident's channel, far less than would freeze the tab. */
export const MAX_PASTE_CHARS = 200_000;
const DESCRIPTION_MAX = 5_000;

export type PasteFormat = "slack-export" | "slack-text" | "csv" | "lines";

export const pasteFormatNames: Record<PasteFormat, string> = {
  "slack-export": "Slack channel export (JSON)",
  "slack-text": "Slack messages copied from the app",
  csv: "CSV log (PagerDuty, Opsgenie or similar)",
  lines: "log lines with times",
};

/** An event the paste suggests, with its time as a datetime-local value in the postmortem's zone. */
export interface ProposedEvent {
  /** "2024-05-01T10:42" in the postmortem's zone; "" when the paste gave no date for it */
  at: string;
  /** the time as written ("10:42") when there was no date to put it on */
  label: string;
  kind: TimelineEventKind;
  actor: string;
  description: string;
  /** the line (or row, or message) of the paste it came from */
  line: number;
}

export type PasteResult =
  { ok: true; format: PasteFormat; events: ProposedEvent[]; notes: string[] } | { ok: false; error: string };

export interface PasteOptions {
  /** the postmortem's time zone: times that name none are read in it */
  timeZone: string;
  /** "YYYY-MM-DD" for times that carry no date (usually the day the incident started) */
  referenceDate?: string;
}

const fail = (error: string): PasteResult => ({ ok: false, error });

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const odd = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > Math.max(2, text.length / 100);
}

function read(text: string, zone: string, year: number): ReadResult & { format?: PasteFormat } {
  const trimmed = text.trim();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    const slack = readSlackExport(trimmed);
    // "[10:42:03] jane: ..." starts with a bracket too: only text that parses as JSON is held to the export's shape.
    if (!("error" in slack) || /^[[{]\s*["{[]/.test(trimmed) || trimmed.startsWith("{"))
      return { ...slack, format: "slack-export" };
  }
  if (looksLikeCsv(trimmed)) return { ...readCsvLog(trimmed, zone, year), format: "csv" };
  const lines = readTextLog(text, zone, year);
  return { ...lines, format: lines.slack ? "slack-text" : "lines" };
}

function localValue(date: DateTime, zone: string): string {
  const local = date.setZone(zone);
  return local.toFormat(local.second || local.millisecond ? "yyyy-LL-dd'T'HH:mm:ss" : "yyyy-LL-dd'T'HH:mm");
}

/**
 * Puts each entry on a date: a clock time ("10:42") takes the date of the
 * time before it, or the reference date, and moves to the next day when the
 * clock runs back past midnight (23:58 then 00:03).
 */
function settleDates(entries: PastedEntry[], zone: string, reference: DateTime | null) {
  let last: DateTime | null = reference;
  let sawInstant = false;
  return entries.map((entry) => {
    if ("date" in entry.stamp) {
      last = entry.stamp.date;
      sawInstant = true;
      return { entry, date: entry.stamp.date as DateTime | null, label: "" };
    }
    const { hour, minute, second } = entry.stamp.clock;
    const clockText = DateTime.fromObject({ hour, minute, second }).toFormat(second ? "HH:mm:ss" : "HH:mm");
    if (!last) return { entry, date: null, label: clockText };
    const inZone = entry.stamp.zone ?? zone;
    let date: DateTime = last.setZone(inZone).set({ hour, minute, second, millisecond: 0 });
    if (sawInstant && date < last.minus({ hours: 6 })) date = date.plus({ days: 1 });
    last = date;
    sawInstant = true;
    return { entry, date, label: "" };
  });
}

/**
 * Reads a pasted chat or alert log into proposed timeline events: a Slack
 * channel export, Slack text copied from the app, a PagerDuty or Opsgenie
 * log (CSV or lines), or any lines that start with a time. Pure: the editor
 * runs it in the browser. What it cannot read, it says, and proposes nothing.
 */
export function parseTimelinePaste(text: string, options: PasteOptions): PasteResult {
  if (!text.trim()) return fail("Nothing to read: paste a chat or alert log first.");
  if (text.length > MAX_PASTE_CHARS)
    return fail(
      `This paste is ${(text.length / 1_000_000).toFixed(1)} million characters; at most ${MAX_PASTE_CHARS.toLocaleString("en")} are read at once. Paste the part of the log around the incident.`,
    );
  if (looksBinary(text)) return fail("This looks like binary data, not text: paste the text of a chat or alert log.");
  const zone = IANAZone.isValidZone(options.timeZone) ? options.timeZone : "UTC";
  const reference = options.referenceDate ? DateTime.fromISO(options.referenceDate, { zone }) : null;
  const validReference = reference?.isValid ? reference : null;
  const found = read(text, zone, validReference?.year ?? DateTime.now().setZone(zone).year);
  if ("error" in found) return fail(found.error);
  if (!found.entries.length)
    return fail(
      "Found no times to make events of. Paste lines that start with a time (10:42, [10:42:03], 2024-05-01T10:42:00Z, May  1 10:42:03), Slack messages, a Slack channel export, or a PagerDuty or Opsgenie log.",
    );

  const dated = settleDates(found.entries, zone, validReference);
  // Stable: entries without a date keep their place after the one before them.
  const order = dated.map((item, index) => ({ ...item, index }));
  const sortKey = (i: number): number => {
    for (let j = i; j >= 0; j--) if (order[j]!.date) return order[j]!.date!.toMillis();
    return -Infinity;
  };
  const keys = order.map((_, i) => sortKey(i));
  order.sort((a, b) => keys[a.index]! - keys[b.index]! || a.index - b.index);

  const notes: string[] = [];
  let detected = false;
  const events = order.map(({ entry, date, label }): ProposedEvent => {
    const kind = guessKind(`${entry.text} ${entry.hint ?? ""}`, detected);
    if (kind === "detection" || kind === "escalation") detected = true;
    return {
      at: date ? localValue(date, zone) : "",
      label,
      kind,
      actor: entry.actor.slice(0, 200),
      description: entry.text.trim().slice(0, DESCRIPTION_MAX),
      line: entry.line,
    };
  });
  if (found.skipped)
    notes.push(
      found.skipped === 1
        ? "1 line (or message) without a time or text was left out."
        : `${found.skipped} lines (or messages) without a time or text were left out.`,
    );
  if (events.some((event) => !event.at))
    notes.push("Some times carry no date: give the postmortem a start time, or add the date to each event.");
  if (events.length > MAX_ITEMS.timeline) notes.push(`Only the first ${MAX_ITEMS.timeline} events are proposed.`);
  return { ok: true, format: found.format!, events: events.slice(0, MAX_ITEMS.timeline), notes };
}
