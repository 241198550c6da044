import { cx } from "@/components/ui/cx";
import type { PostmortemPage } from "@/lib/postmortems/queries";
import { formatDateTime, formatDuration } from "@/lib/format";
import { deriveDurations } from "@/lib/postmortems/durations";

const columns: Record<number, string> = { 1: "grid-cols-1", 2: "grid-cols-2", 3: "grid-cols-3" };

/** The durations the source gives, one box each; the ones it does not give are named in one quiet line. */
export function Durations({ pm }: { pm: PostmortemPage }) {
  const { ttd, ttm, ttr, basis } = deriveDurations(pm);
  const approx = basis === "times-of-day" ? "≈ " : "";
  const items = [
    { label: "Time to detect", short: "TTD", value: ttd, at: pm.detectedAt },
    { label: "Time to mitigate", short: "TTM", value: ttm, at: pm.mitigatedAt },
    { label: "Time to resolve", short: "TTR", value: ttr, at: pm.resolvedAt },
  ];
  const known = items.filter((item) => item.value !== null);
  const unknown = items.filter((item) => item.value === null);
  return (
    <div data-durations>
      {known.length ? (
        <dl className={cx("grid gap-2 text-center", columns[known.length])}>
          {known.map((item) => (
            <div key={item.short} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
              <dt className="text-xs text-zinc-600 dark:text-zinc-400">
                <abbr title={item.label}>{item.short}</abbr> <span className="sr-only">{item.label}</span>
              </dt>
              <dd className="text-lg font-semibold tabular-nums">
                {approx}
                {formatDuration(item.value)}
              </dd>
              {item.at ? (
                <dd className="text-[0.7rem] text-zinc-600 dark:text-zinc-400">
                  {formatDateTime(item.at, pm.timeZone)}
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      ) : null}
      {basis === "times-of-day" ? (
        <p className="mt-1 text-center text-xs text-zinc-600 dark:text-zinc-400">
          Approximate: counted from the first time of day in the timeline; the source gives no dates.
        </p>
      ) : null}
      {unknown.length ? (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {known.length
            ? `Not given in the source: ${unknown.map((item) => item.label.toLowerCase()).join(", ")}.`
            : "Times not given in the source: time to detect, mitigate and resolve are unknown."}
        </p>
      ) : null}
    </div>
  );
}
