import { Fragment, type ReactNode } from "react";

import type { LimitPage } from "@/lib/data/limits";

import { formatAdjustable, formatDefaultValue, orNotStated, safeDocUrl } from "./limit-values";

/** Every structured field of a limit, unknowns spelled out. */
export function LimitFacts({ limit }: { limit: LimitPage }) {
  const doc = safeDocUrl(limit.docUrl);
  const rows: [string, ReactNode][] = [
    ["Provider", limit.provider],
    ["Resource", limit.resource],
    ["Default value", formatDefaultValue(limit.defaultValue, null)],
    ["Unit", orNotStated(limit.unit)],
    ["Adjustable", formatAdjustable(limit.adjustable)],
    [
      "Documentation",
      doc ? (
        <a
          href={doc.href}
          target="_blank"
          rel="noreferrer"
          className="text-indigo-700 underline hover:no-underline dark:text-indigo-300"
        >
          Official documentation on {doc.hostname}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        "not stated"
      ),
    ],
    [
      "Limit id",
      <code key="id" className="text-xs break-all">
        {limit.id}
      </code>,
    ],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt className="text-zinc-600 dark:text-zinc-400">{term}</dt>
          <dd className="min-w-0">{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
