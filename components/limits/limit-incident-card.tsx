import Link from "next/link";

import { Markdown } from "@/components/markdown/markdown";
import { SeverityBadge } from "@/components/ui/severity-badge";
import type { LimitIncident } from "@/lib/data/limits";
import { formatDate } from "@/lib/format";

import { orNotStated } from "./limit-values";

/** A postmortem the limit contributed to: the value it was at, what it was raised to, and why it mattered. */
export function LimitIncidentCard({ incident }: { incident: LimitIncident }) {
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
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-medium text-zinc-800 dark:text-zinc-200">Observed</dt>
        <dd>{orNotStated(incident.observedValue)}</dd>
        <dt className="font-medium text-zinc-800 dark:text-zinc-200">Raised to</dt>
        <dd>{orNotStated(incident.raisedTo)}</dd>
        {incident.note?.trim() ? (
          <>
            <dt className="font-medium text-zinc-800 dark:text-zinc-200">Note</dt>
            <dd>
              <Markdown source={incident.note} className="prose-sm" />
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
