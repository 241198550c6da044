import type { ReactNode } from "react";

import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * One insight: heading, what it shows, the chart (server-drawn SVG, an image with a summary as its name),
 * the same numbers as a table in "Show as table", and the CSV download with the page's filters.
 */
export function InsightSection({
  id,
  title,
  description,
  svg,
  table,
  csvHref,
  empty,
  tableOpen = false,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  /** null: no chart for this one (its table is the view) */
  svg: string | null;
  table: ReactNode;
  csvHref: string;
  /** what to say when nothing matches; the section shows only that */
  empty: string | null;
  /** the table is the main view: shown, not folded away */
  tableOpen?: boolean;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3" data-insight={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        <a
          href={csvHref}
          download
          className="text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          Download CSV<span className="sr-only"> of {title.toLowerCase()}</span>
        </a>
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{description}</p>
      {empty ? (
        <EmptyState compact>{empty}</EmptyState>
      ) : (
        <>
          {svg && (
            // Drawn by Observable Plot on the server (components/insights/plot-svg.ts) from our own numbers.
            <div
              className="insight-chart overflow-x-auto text-zinc-700 dark:text-zinc-300"
              dangerouslySetInnerHTML={{ __html: svg }}
            />
          )}
          {children}
          {tableOpen ? (
            <TableScroll label={title}>{table}</TableScroll>
          ) : (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-zinc-800 dark:text-zinc-200">Show as table</summary>
              <TableScroll label={title} className="mt-2">
                {table}
              </TableScroll>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** A wide table scrolls in its own box, which the keyboard can reach and scroll too (WCAG 2.1.1). */
function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={`${label}, table`} tabIndex={0} className={cx("overflow-x-auto", className)}>
      {children}
    </div>
  );
}

/** A data table with the app's table heading; numbers right-aligned by the caller. */
export function InsightTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <table className="w-full min-w-max text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      {head}
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</tbody>
    </table>
  );
}
