/** Dates and durations as an SRE reads them. */
export function formatDate(date: Date | null | undefined, timeZone = "UTC"): string {
  if (!date) return "date unknown";
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

export function formatDateTime(date: Date, timeZone = "UTC"): string {
  const text = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(date);
  return text.replace(",", "");
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return "unknown";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days} d ${restHours} h` : `${days} d`;
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** When an incident happened, as precisely as known: "2019", "Jan 2019", "2019-01-15", or its start time's date. */
export function formatIncidentDate(
  pm: { occurredOn: Date | null; occurredPrecision: "year" | "month" | "day" | null; startedAt: Date | null },
  timeZone = "UTC",
): string {
  if (pm.occurredOn && pm.occurredPrecision) {
    const year = pm.occurredOn.getUTCFullYear();
    if (pm.occurredPrecision === "year") return String(year);
    if (pm.occurredPrecision === "month") return `${months[pm.occurredOn.getUTCMonth()]} ${year}`;
    return formatDate(pm.occurredOn, "UTC");
  }
  return formatDate(pm.startedAt, timeZone);
}
