import { Markdown } from "@/components/markdown/markdown";
import { IncidentCardHeader } from "@/components/postmortem/incident-card-header";
import { Card } from "@/components/ui/card";
import type { LimitIncident } from "@/lib/limits/queries";

import { orNotStated } from "./limit-values";

/** A postmortem the limit contributed to: the value it was at, what it was raised to, and why it mattered. */
export function LimitIncidentCard({ incident }: { incident: LimitIncident }) {
  return (
    <Card as="article">
      <IncidentCardHeader incident={incident} />
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
    </Card>
  );
}
