import type { PostmortemPage } from "@/lib/postmortems/queries";
import { formatDateTime, formatDuration } from "@/lib/format";
import { deriveDurations } from "@/lib/postmortems/durations";

export function Durations({ pm }: { pm: PostmortemPage }) {
  const { ttd, ttm, ttr, basis } = deriveDurations(pm);
  const approx = basis === "times-of-day" ? "≈ " : "";
  const items = [
    { label: "Time to detect", short: "TTD", value: ttd, at: pm.detectedAt },
    { label: "Time to mitigate", short: "TTM", value: ttm, at: pm.mitigatedAt },
    { label: "Time to resolve", short: "TTR", value: ttr, at: pm.resolvedAt },
  ];
  return (
    <div>
      <dl className="grid grid-cols-3 gap-2 text-center">
        {items.map((item) => (
          <div key={item.short} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
            <dt className="text-xs text-zinc-600 dark:text-zinc-400">
              <abbr title={item.label}>{item.short}</abbr> <span className="sr-only">{item.label}</span>
            </dt>
            <dd className="text-lg font-semibold tabular-nums">
              {item.value === null ? "" : approx}
              {formatDuration(item.value)}
            </dd>
            {item.at ? (
              <dd className="text-[0.7rem] text-zinc-600 dark:text-zinc-400">{formatDateTime(item.at, pm.timeZone)}</dd>
            ) : null}
          </div>
        ))}
      </dl>
      {basis === "times-of-day" ? (
        <p className="mt-1 text-center text-xs text-zinc-600 dark:text-zinc-400">
          Approximate: counted from the first time of day in the timeline; the source gives no dates.
        </p>
      ) : null}
    </div>
  );
}
