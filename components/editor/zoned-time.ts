import { formatIsoInZone } from "@/lib/content/time-format";

/** A datetime-local value: "2024-03-05T10:00", seconds and milliseconds only when they are not zero. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The offset of `zone` at `instant`, in minutes east of UTC. */
function offsetMinutes(instant: number, zone: string): number {
  const iso = formatIsoInZone(new Date(instant), zone);
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso)!;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The wall-clock time `local` in `zone` as ISO 8601 with that zone's offset
 * ("2024-03-05T10:00" in Asia/Shanghai is "2024-03-05T10:00:00+08:00").
 * Empty or unreadable input gives undefined; a wall time that a DST change
 * skips moves forward, as clocks do.
 */
export function localToIso(local: string, zone: string): string | undefined {
  const m = LOCAL.exec(local.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = "0", ms = "0"] = m;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s, +ms.padEnd(3, "0"));
  // Date.UTC rolls "13-99" over into a later date; a real date reads back the same.
  const check = new Date(wall);
  if (
    Number.isNaN(wall) ||
    check.getUTCMonth() !== +mo! - 1 ||
    check.getUTCDate() !== +d! ||
    check.getUTCHours() !== +h! ||
    check.getUTCMinutes() !== +mi!
  )
    return undefined;
  const tz = isKnownTimeZone(zone) ? zone : "UTC";
  let instant = wall - offsetMinutes(wall, tz) * 60_000;
  // Near a DST change the offset at the guess can differ from the offset at the answer.
  const second = offsetMinutes(instant, tz);
  if (wall - second * 60_000 !== instant) instant = wall - second * 60_000;
  return formatIsoInZone(new Date(instant), tz);
}

/** An ISO date-time as the wall-clock time in `zone`, for a datetime-local input; "" when absent or unreadable. */
export function isoToLocal(iso: string | undefined, zone: string): string {
  if (!iso) return "";
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return "";
  const full = isKnownTimeZone(zone) ? formatIsoInZone(new Date(instant), zone) : iso;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(\.\d+)?)?/.exec(full);
  if (!m) return "";
  const [, minutes, seconds, fraction] = m;
  if (fraction && Number(fraction) !== 0) return `${minutes}:${seconds}${fraction.slice(0, 4)}`;
  if (seconds && seconds !== "00") return `${minutes}:${seconds}`;
  return minutes!;
}

/** Zones for the select: the browser's list from the server, with UTC and the current zone always present. */
export function timeZoneOptions(supported: string[], current: string): string[] {
  const zones = new Set(["UTC", ...supported]);
  if (current) zones.add(current);
  return [...zones];
}
