/** What a reviewer is warned about before publishing: the parts a reader at 3 a.m. needs most. */
export interface PublishWarning {
  field: "rootCause" | "resolution" | "timeline";
  message: string;
}

interface Checked {
  rootCause: string;
  resolution: string;
  timeline: readonly unknown[];
}

/** The empty ones among root cause, resolution and timeline (publishing is still allowed once confirmed). */
export function publishWarnings(pm: Checked): PublishWarning[] {
  const warnings: PublishWarning[] = [];
  if (!pm.rootCause.trim()) warnings.push({ field: "rootCause", message: "The root cause is empty." });
  if (!pm.resolution.trim()) warnings.push({ field: "resolution", message: "The resolution is empty." });
  if (pm.timeline.length === 0) warnings.push({ field: "timeline", message: "The timeline has no events." });
  return warnings;
}
