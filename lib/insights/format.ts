import { formatDuration } from "@/lib/format";

import { MIN_GROUP_SIZE, type MetricSummary } from "./response-times";

/** A percentile for a table cell: the duration, or why there is none. */
export function percentileText(summary: MetricSummary, which: "p50" | "p90"): string {
  if (summary.n === 0) return "no data";
  const seconds = summary[which];
  if (seconds === null) return `too few (n=${summary.n}, needs ${MIN_GROUP_SIZE})`;
  return formatDuration(seconds * 1000);
}
