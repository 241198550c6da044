import { Markdown } from "@/components/markdown/markdown";
import { IncidentCardHeader } from "@/components/postmortem/incident-card-header";
import { Card } from "@/components/ui/card";
import type { PatternIncident } from "@/lib/patterns/queries";
import { formatDuration } from "@/lib/format";

/** One postmortem on a pattern's page: what happened, and how the pattern showed in it. */
export function PatternIncidentCard({ incident }: { incident: PatternIncident }) {
  return (
    <Card as="article">
      <IncidentCardHeader incident={incident}>
        <span>
          time to mitigate: {incident.ttm !== null && incident.ttmApproximate ? "≈ " : ""}
          {formatDuration(incident.ttm)}
        </span>
      </IncidentCardHeader>
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
    </Card>
  );
}
