import type { YearCount } from "@/lib/patterns/queries";

const incidents = (n: number) => `${n} ${n === 1 ? "incident" : "incidents"}`;

/** Occurrences per year as plain bars; the numbers are text, the bars only echo them. */
export function RecurrenceBars({ years }: { years: YearCount[] }) {
  const max = Math.max(1, ...years.map((y) => y.count));
  return (
    <section aria-labelledby="recurrence">
      <h2 id="recurrence" className="text-xl font-semibold tracking-tight">
        How often it recurred
      </h2>
      {years.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">No published incident shows this pattern yet.</p>
      ) : (
        <ul className="mt-3 max-w-xl space-y-2">
          {years.map(({ year, count }) => (
            <li key={year ?? "unknown"} className="grid grid-cols-[7.5rem_1fr] items-center gap-3 text-sm">
              <span className="text-zinc-700 dark:text-zinc-300">{year ?? "date unknown"}</span>
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="h-3 rounded-sm bg-indigo-600 dark:bg-indigo-400 print:border print:border-black"
                  style={{ width: `${Math.max(4, (count / max) * 100) * 0.8}%` }}
                />
                <span className="whitespace-nowrap tabular-nums">{incidents(count)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
