"use client";

import { memo } from "react";

import { formatDuration } from "@/lib/format";
import { deriveDurations } from "@/lib/postmortems/durations";

import { EditorSection } from "../editor-section";
import { SelectInput, TextInput } from "../form-controls";
import { timeFields, type FormSetter, type TimeField } from "../form-model";
import { localToIso, timeZoneOptions } from "../zoned-time";

interface Props extends Record<TimeField, string> {
  timeZone: string;
  zones: string[];
  set: FormSetter;
}

const labels: Record<TimeField, [string, string]> = {
  startedAt: ["Started", "When the impact began."],
  detectedAt: ["Detected", "When someone or something noticed."],
  mitigatedAt: ["Mitigated", "When the impact stopped."],
  resolvedAt: ["Resolved", "When the cause was fixed."],
};

/** Incident times as wall-clock times in the postmortem's zone, with TTD/TTM/TTR worked out as you type. */
export const TimesSection = memo(function TimesSection({ timeZone, zones, set, ...times }: Props) {
  const instant = (field: TimeField) => {
    const iso = localToIso(times[field], timeZone);
    return iso ? new Date(iso) : null;
  };
  const { ttd, ttm, ttr } = deriveDurations({
    startedAt: instant("startedAt"),
    detectedAt: instant("detectedAt"),
    mitigatedAt: instant("mitigatedAt"),
    resolvedAt: instant("resolvedAt"),
  });
  const derived = [
    { short: "TTD", label: "Time to detect", value: ttd },
    { short: "TTM", label: "Time to mitigate", value: ttm },
    { short: "TTR", label: "Time to resolve", value: ttr },
  ];
  return (
    <EditorSection
      id="times"
      title="When"
      description="Leave out what you do not know. Times are in the postmortem's time zone."
    >
      <SelectInput
        path="timeZone"
        label="Time zone"
        className="max-w-xs"
        value={timeZone}
        onChange={(value) => set("timeZone", value)}
        options={timeZoneOptions(zones, timeZone).map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
        hint="Changing it keeps the times as typed and changes their offset."
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {timeFields.map((field) => (
          <TextInput
            key={field}
            type="datetime-local"
            path={field}
            label={labels[field][0]}
            hint={labels[field][1]}
            value={times[field]}
            onChange={(value) => set(field, value)}
          />
        ))}
      </div>
      <dl className="grid grid-cols-3 gap-2 text-center" aria-label="Derived durations">
        {derived.map((item) => (
          <div key={item.short} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
            <dt className="text-xs text-zinc-600 dark:text-zinc-400">
              <abbr title={item.label}>{item.short}</abbr> <span className="sr-only">{item.label}</span>
            </dt>
            <dd className="text-base font-semibold tabular-nums" data-testid={`derived-${item.short.toLowerCase()}`}>
              {item.value !== null && item.value < 0 ? "before start" : formatDuration(item.value)}
            </dd>
          </div>
        ))}
      </dl>
    </EditorSection>
  );
});
