import Link from "next/link";

import { Markdown } from "@/components/markdown/markdown";
import { SeverityBadge } from "@/components/ui/severity-badge";
import type { PatternIncident } from "@/lib/data/patterns";
import { formatDate, formatDuration } from "@/lib/format";

/** One postmortem on a pattern's page: what happened, and how the pattern showed in it. */
export function PatternIncidentCard({ incident }: { incident: PatternIncident }) {
  return (
    <article className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 className="font-semibold">
        <Link href={`/postmortems/${incident.slug}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
          {incident.title}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <SeverityBadge severity={incident.severity} />
        <span>
          {incident.startedAt ? (
            <time dateTime={incident.startedAt.toISOString()}>{formatDate(incident.startedAt, incident.timeZone)}</time>
          ) : (
            "date unknown"
          )}
        </span>
        <span>
          time to mitigate: {incident.ttm !== null && incident.ttmApproximate ? "≈ " : ""}
          {formatDuration(incident.ttm)}
        </span>
      </p>
      <dl className="mt-3 space-y-3 text-sm">
        <div>
          <dt className="font-medium text-zinc-800 dark:text-zinc-200">How the pattern shows here</dt>
          <dd className="mt-1">
            {incident.note ? (
              <Markdown source={incident.note} className="prose-sm" />
            ) : (
              <span className="text-zinc-600 dark:text-zinc-400">Not described.</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-zinc-800 dark:text-zinc-200">Trigger</dt>
          <dd className="mt-1">
            {incident.trigger.trim() ? (
              <Markdown source={incident.trigger} className="prose-sm" />
            ) : (
              <span className="text-zinc-600 dark:text-zinc-400">Not described.</span>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
