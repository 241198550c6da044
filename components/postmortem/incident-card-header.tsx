import type { ReactNode } from "react";

import { IncidentDate, OriginBadge } from "@/components/postmortem/origin-badge";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { TextLink } from "@/components/ui/text-link";
import type { IncidentOrigin } from "@/lib/postmortems/include";
import type { PatternIncident } from "@/lib/patterns/queries";

type IncidentSummary = Pick<PatternIncident, "slug" | "title" | "severity"> & IncidentOrigin;

/** The top of an incident card on a pattern's or a limit's page: the title as a link, severity, date, and `children`. */
export function IncidentCardHeader({ incident, children }: { incident: IncidentSummary; children?: ReactNode }) {
  return (
    <>
      <h3 className="font-semibold">
        <TextLink href={`/postmortems/${incident.slug}`}>{incident.title}</TextLink>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <SeverityBadge severity={incident.severity} />
        <OriginBadge incident={incident} />
        {incident.origin === "public" ? null : <IncidentDate incident={incident} />}
        {children}
      </p>
    </>
  );
}
