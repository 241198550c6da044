import Link from "next/link";

import { InlineMarkdown } from "@/components/markdown/inline-markdown";
import { IncidentDate, OriginBadge } from "@/components/postmortem/origin-badge";
import { PatternChip } from "@/components/ui/pattern-chip";
import { SeverityBadge } from "@/components/ui/severity-badge";
import type { PostmortemListItem } from "@/lib/postmortems/queries";

export function PostmortemList({ postmortems }: { postmortems: PostmortemListItem[] }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {postmortems.map((pm) => (
        <li key={pm.slug} className="p-4">
          <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            <SeverityBadge severity={pm.severity} />
            <OriginBadge incident={pm} />
            {pm.origin === "public" ? null : <IncidentDate incident={pm} />}
            {pm.platform ? <span>· {pm.platform}</span> : null}
            {pm.cloudProvider ? <span>· {pm.cloudProvider}</span> : null}
          </div>
          <h2 className="mt-1 font-medium">
            <Link href={`/postmortems/${pm.slug}`} className="hover:underline">
              {pm.title}
            </Link>
          </h2>
          <InlineMarkdown source={pm.summary} className="mt-1 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400" />
          {pm.patterns.length ? (
            <div className="mt-2 flex flex-wrap gap-1.5">
              {pm.patterns.map(({ pattern }) => (
                <PatternChip key={pattern.slug} slug={pattern.slug} name={pattern.name} />
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
