export interface IncidentTimes {
  startedAt: Date | null;
  detectedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  /** Used when the timestamps are unknown but the timeline gives times of day ("10:15", "~12:00"). */
  timeline?: ReadonlyArray<{ kind: string; at: Date | null; label: string | null }>;
}

export interface Durations {
  /** time to detect: start to detection */
  ttd: number | null;
  /** time to mitigate: start to mitigation */
  ttm: number | null;
  /** time to resolve: start to resolution */
  ttr: number | null;
  /**
   * "timestamps": from the incident's timestamps. "times-of-day": from the
   * timeline's times of day on one day, counted from the first timed entry
   * (approximate; the sources give no dates).
   */
  basis: "timestamps" | "times-of-day" | null;
}

const between = (from: Date | null, to: Date | null) => (from && to ? to.getTime() - from.getTime() : null);
const TIME_OF_DAY = /^[~≈]?\s*(\d{1,2}):(\d{2})$/;
const DAY = 24 * 60 * 60_000;

function minutesOfDay(label: string | null): number | null {
  const match = label?.trim().match(TIME_OF_DAY);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? (hours * 60 + minutes) * 60_000 : null;
}

/** TTD, TTM and TTR in milliseconds; null where one cannot be derived from what is known. */
export function deriveDurations(times: IncidentTimes): Durations {
  const fromTimestamps = {
    ttd: between(times.startedAt, times.detectedAt),
    ttm: between(times.startedAt, times.mitigatedAt),
    ttr: between(times.startedAt, times.resolvedAt),
  };
  if (times.startedAt || !times.timeline) return { ...fromTimestamps, basis: times.startedAt ? "timestamps" : null };

  const timed = times.timeline.flatMap((event) => {
    const ms = minutesOfDay(event.label);
    return ms === null || event.at ? [] : [{ kind: event.kind, ms }];
  });
  const first = timed[0];
  if (!first) return { ...fromTimestamps, basis: null };
  // Times run forward through the timeline: a smaller time of day is the next day.
  let day = 0;
  let previous = first.ms;
  const elapsed = timed.map((event) => {
    if (event.ms < previous) day += 1;
    previous = event.ms;
    return { kind: event.kind, ms: day * DAY + event.ms - first.ms };
  });
  const after = (kind: string) => elapsed.find((e) => e.kind === kind)?.ms ?? null;
  const durations = {
    // Counting from a detection, the time to detect is not known.
    ttd: first.kind === "detection" ? null : after("detection"),
    ttm: after("mitigation"),
    ttr: after("resolution"),
  };
  return { ...durations, basis: Object.values(durations).some((d) => d !== null) ? "times-of-day" : null };
}
