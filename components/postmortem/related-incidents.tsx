import Link from "next/link";

import { Card } from "@/components/ui/card";
import { SeverityBadge } from "@/components/ui/severity-badge";
import type { RelatedPostmortem, RelationKind } from "@/lib/postmortems/related";

const reasonText: Record<RelationKind, string> = {
  pattern: "same pattern",
  limit: "same limit",
  signature: "similar signature",
  component: "same component",
};

export function RelatedIncidents({ related }: { related: RelatedPostmortem[] }) {
  if (related.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        No other postmortem shares a pattern, limit, signature or component with this one yet.
      </p>
    );
  return (
    <ol className="space-y-3">
      {related.map((pm) => (
        <Card as="li" key={pm.slug} padding="sm">
          <div className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={pm.severity} />
            <Link href={`/postmortems/${pm.slug}`} className="font-medium hover:underline">
              {pm.title}
            </Link>
          </div>
          <ul className="mt-1 flex flex-wrap gap-1.5 text-xs" aria-label="Why it is related">
            {pm.reasons.map((reason, index) => (
              <li
                key={index}
                className="rounded bg-zinc-100 px-1.5 py-0.5 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
              >
                {reasonText[reason.kind]}:{" "}
                <span className="font-medium">
                  {reason.label.length > 60 ? `${reason.label.slice(0, 57)}…` : reason.label}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </ol>
  );
}
