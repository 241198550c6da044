import { Fragment, type ReactNode } from "react";

import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

import type { LimitPage } from "@/lib/limits/queries";

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
        <TextLink href={doc.href} newTab underline="always">
          Official documentation on {doc.hostname}
          <span className="sr-only"> (opens in a new tab)</span>
        </TextLink>
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
    <Card as="dl" className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt className="text-zinc-600 dark:text-zinc-400">{term}</dt>
          <dd className="min-w-0 wrap-anywhere">{value}</dd>
        </Fragment>
      ))}
    </Card>
  );
}
