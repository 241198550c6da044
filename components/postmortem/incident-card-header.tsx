import type { ReactNode } from "react";

import { SeverityBadge } from "@/components/ui/severity-badge";
import { TextLink } from "@/components/ui/text-link";
import { formatDate } from "@/lib/format";
import type { PatternIncident } from "@/lib/patterns/queries";

type IncidentSummary = Pick<PatternIncident, "slug" | "title" | "severity" | "startedAt" | "timeZone">;

/** The top of an incident card on a pattern's or a limit's page: the title as a link, severity, date, and `children`. */
export function IncidentCardHeader({ incident, children }: { incident: IncidentSummary; children?: ReactNode }) {
  return (
    <>
      <h3 className="font-semibold">
        <TextLink href={`/postmortems/${incident.slug}`}>{incident.title}</TextLink>
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
        {children}
      </p>
    </>
  );
}
