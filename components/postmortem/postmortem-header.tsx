import Link from "next/link";

import { IncidentDate, OriginBadge } from "@/components/postmortem/origin-badge";
import { PrintButton } from "@/components/postmortem/print-controls";
import { SourceLinks } from "@/components/postmortem/source-links";
import { PatternChip } from "@/components/ui/pattern-chip";
import { SeverityBadge } from "@/components/ui/severity-badge";
import type { PostmortemPage } from "@/lib/postmortems/queries";

export function PostmortemHeader({ pm }: { pm: PostmortemPage }) {
  const environment = [pm.cloudProvider, pm.region, pm.platform].filter(Boolean).join(" · ");
  return (
    <header className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <SeverityBadge severity={pm.severity} />
        <OriginBadge incident={pm} />
        {pm.origin === "public" ? null : <IncidentDate incident={pm} />}
        {environment ? <span>· {environment}</span> : null}
        <span className="ml-auto">
          <PrintButton />
        </span>
      </div>
      <h1 className="text-2xl leading-tight font-semibold tracking-tight md:text-3xl">{pm.title}</h1>
      <SourceLinks sources={pm.sources} />
      {pm.patterns.length ? (
        <div className="flex flex-wrap items-center gap-1.5">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Patterns:</span>
          {pm.patterns.map(({ pattern }) => (
            <PatternChip key={pattern.slug} slug={pattern.slug} name={pattern.name} />
          ))}
        </div>
      ) : null}
      {pm.components.length || pm.tags.length ? (
        <div className="flex flex-wrap gap-1.5 text-xs">
          {pm.components.map((component) => (
            <Link
              key={component}
              href={`/?component=${encodeURIComponent(component)}`}
              className="rounded bg-zinc-100 px-1.5 py-0.5 text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-700"
            >
              {component}
            </Link>
          ))}
          {pm.tags.map(({ tag }) => (
            <Link
              key={tag.id}
              href={`/?tag=${encodeURIComponent(tag.name)}`}
              className="rounded px-1.5 py-0.5 text-zinc-600 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-100 dark:text-zinc-400 dark:ring-zinc-700 dark:hover:bg-zinc-800"
            >
              #{tag.name}
            </Link>
          ))}
        </div>
      ) : null}
    </header>
  );
}
