import { countChanges, diffRows } from "./diff-rows";

const rowStyle = {
  added: "bg-green-50 text-green-950 dark:bg-green-950/60 dark:text-green-100",
  removed: "bg-red-50 text-red-950 dark:bg-red-950/60 dark:text-red-100",
  same: "text-zinc-700 dark:text-zinc-300",
} as const;

const marker = { added: "+", removed: "−", same: " " } as const;
const markerWord = { added: "added", removed: "removed", same: "unchanged" } as const;

/** A readable line diff: +/− markers and words as well as colour, line numbers on both sides. */
export function LineDiff({
  before,
  after,
  beforeLabel,
  afterLabel,
  context = 3,
}: {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
  context?: number;
}) {
  const rows = diffRows(before, after, context);
  const { added, removed } = countChanges(rows);
  if (added === 0 && removed === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No differences.</p>;
  return (
    <div
      className="relative overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-700"
      tabIndex={0}
      role="group"
      aria-label={`Differences from ${beforeLabel} to ${afterLabel}`}
    >
      <p className="border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 text-xs text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
        <span className="font-semibold text-green-800 dark:text-green-300">+{added} added</span>,{" "}
        <span className="font-semibold text-red-800 dark:text-red-300">−{removed} removed</span> (from {beforeLabel} to{" "}
        {afterLabel})
      </p>
      <table className="w-full border-collapse font-mono text-xs leading-5">
        <thead className="sr-only">
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Line in {beforeLabel}</th>
            <th scope="col">Line in {afterLabel}</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) =>
            row.kind === "skipped" ? (
              <tr key={i} className="bg-zinc-100 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
                <td colSpan={4} className="px-3 py-0.5 italic">
                  … {row.count} unchanged line{row.count === 1 ? "" : "s"}
                </td>
              </tr>
            ) : (
              <tr key={i} className={rowStyle[row.kind]} data-diff={row.kind}>
                <td className="w-6 px-2 text-center font-bold select-none">
                  <span aria-hidden>{marker[row.kind]}</span>
                  <span className="sr-only">{markerWord[row.kind]}</span>
                </td>
                <td className="w-10 pr-2 text-right text-zinc-600 select-none dark:text-zinc-400">
                  {row.oldLine ?? ""}
                </td>
                <td className="w-10 pr-2 text-right text-zinc-600 select-none dark:text-zinc-400">
                  {row.newLine ?? ""}
                </td>
                <td className="pr-3 wrap-anywhere whitespace-pre-wrap">{row.text || " "}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
