import { Badge } from "@/components/ui/badge";
import { formatIncidentDate } from "@/lib/format";
import type { IncidentOrigin } from "@/lib/postmortems/include";

/** "Public: DFDS, Feb 2020" for an incident from a knowledge pack; nothing for a team's own. */
export function OriginBadge({ incident }: { incident: IncidentOrigin }) {
  if (incident.origin !== "public") return null;
  return (
    <Badge tone="indigo">
      Public: {incident.organization ?? "unknown organization"}, {formatIncidentDate(incident, incident.timeZone)}
    </Badge>
  );
}

/** The incident's date as precisely as it is known, in a <time> when there is one. */
export function IncidentDate({ incident }: { incident: IncidentOrigin }) {
  const date = incident.occurredOn ?? incident.startedAt;
  const text = formatIncidentDate(incident, incident.timeZone);
  return date ? <time dateTime={date.toISOString().slice(0, 10)}>{text}</time> : <span>{text}</span>;
}
