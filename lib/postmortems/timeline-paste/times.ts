import { DateTime, IANAZone } from "luxon";

/**
 * A time read from a log line: a full instant, or only a wall-clock time
 * ("10:42") whose date comes from the lines around it or the postmortem.
 */
export type Stamp =
  { date: DateTime } | { clock: { hour: number; minute: number; second: number }; /** "10:42 UTC" */ zone?: string };

const en = { locale: "en" };

/** A trailing zone word after a time: "UTC", "GMT", "Z" or an IANA name such as "Europe/Berlin". */
function zoneAfter(rest: string): { zone: string; rest: string } | null {
  const m = /^\s*(UTC|GMT|Z|[A-Z][A-Za-z_]+\/[A-Za-z_/+-]+)\b/.exec(rest);
  if (!m) return null;
  const name = m[1] === "GMT" || m[1] === "Z" ? "UTC" : m[1]!;
  return IANAZone.isValidZone(name) ? { zone: name, rest: rest.slice(m[0].length) } : null;
}

type Reader = (line: string, zone: string, year: number) => { stamp: Stamp; rest: string } | null;

// ISO 8601 and its SQL-like cousin: 2024-05-01T10:42:03Z, 2024-05-01 10:42:03.120 +02:00, 2024-05-01 10:42 UTC.
const ISO = /^\[?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)(?: ?(Z|[+-]\d{2}(?::?\d{2})?))?\]?/;
const readIso: Reader = (line, zone) => {
  const m = ISO.exec(line);
  if (!m) return null;
  let rest = line.slice(m[0].length);
  let inZone = zone;
  if (!m[3]) {
    const named = zoneAfter(rest);
    if (named) ({ zone: inZone, rest } = named);
  }
  const date = DateTime.fromISO(`${m[1]}T${m[2]!.replace(",", ".")}${m[3] ?? ""}`, { zone: inZone });
  return date.isValid ? { stamp: { date }, rest } : null;
};

// syslog: "May  1 10:42:03" (no year: the postmortem's).
const SYSLOG = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}:\d{2}:\d{2})/;
const readSyslog: Reader = (line, zone, year) => {
  const m = SYSLOG.exec(line);
  if (!m) return null;
  const date = DateTime.fromFormat(`${year} ${m[1]} ${m[2]} ${m[3]}`, "yyyy LLL d HH:mm:ss", { ...en, zone });
  return date.isValid ? { stamp: { date }, rest: line.slice(m[0].length) } : null;
};

// As PagerDuty's and Opsgenie's web logs print it: "May 1, 2024 at 10:42:03 AM", "May 1, 2024 10:42 AM".
const LONG = /^([A-Z][a-z]{2,8}) (\d{1,2}),? (\d{4}),?(?: at)? (\d{1,2}:\d{2}(?::\d{2})?) ?([AaPp][Mm])/;
const readLong: Reader = (line, zone) => {
  const m = LONG.exec(line);
  if (!m) return null;
  let rest = line.slice(m[0].length);
  let inZone = zone;
  const named = zoneAfter(rest);
  if (named) ({ zone: inZone, rest } = named);
  const clock = m[4]!.length > 5 ? "h:mm:ss a" : "h:mm a";
  const month = m[1]!.length > 3 ? "LLLL" : "LLL";
  const text = `${m[1]} ${m[2]} ${m[3]} ${m[4]} ${m[5]!.toUpperCase()}`;
  const date = DateTime.fromFormat(text, `${month} d yyyy ${clock}`, { ...en, zone: inZone });
  return date.isValid ? { stamp: { date }, rest } : null;
};

// A clock time alone: "10:42", "[10:42:03]", "10:42 AM".
const CLOCK = /^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp])\.?[Mm]\.?)?\]?(?![\d:])/;
const readClock: Reader = (line) => {
  const m = CLOCK.exec(line);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === "p" && hour < 12) hour += 12;
  if (meridiem === "a" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let rest = line.slice(m[0].length);
  const named = zoneAfter(rest);
  if (named) {
    // "10:42 UTC": a clock time in a zone of its own, dated later like any other clock time.
    rest = named.rest;
    return { stamp: { clock: { hour, minute, second }, zone: named.zone }, rest };
  }
  return { stamp: { clock: { hour, minute, second } }, rest };
};

const readers = [readIso, readLong, readSyslog, readClock];

/** The time a line starts with, and the rest of the line; null when it starts with none. */
export function readLeadingTime(line: string, zone: string, year: number): { stamp: Stamp; rest: string } | null {
  const trimmed = line.trimStart();
  for (const read of readers) {
    const found = read(trimmed, zone, year);
    if (found) return found;
  }
  return null;
}

/** A whole value that is one time (a CSV cell, a JSON field); null otherwise. */
export function readTimeValue(value: string, zone: string, year: number): Stamp | null {
  const found = readLeadingTime(value.trim(), zone, year);
  return found && !found.rest.trim() ? found.stamp : null;
}
