/** How old a copy is, as the offline banner and the save button say it: "12 minutes ago (2026-12-01 14:02)". */
const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

export function relativeAge(date: Date, now = new Date()): string {
  const ms = now.getTime() - date.getTime();
  if (ms < 60_000) return "just now";
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of units) if (ms >= size) return format.format(-Math.floor(ms / size), unit);
  return "just now";
}

/** The local date and time of a copy: "2026-12-01 14:02". */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** When a save happened, for the footer: "14:02 (just now)", or with the date when it was not today. */
export function savedWhen(date: Date, now = new Date()): string {
  const sameDay = localDateTime(date).slice(0, 10) === localDateTime(now).slice(0, 10);
  return `${sameDay ? localTime(date) : localDateTime(date)} (${relativeAge(date, now)})`;
}

export function describeAge(date: Date, now = new Date()): string {
  return `${relativeAge(date, now)} (${localDateTime(date)})`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
