import { Badge, type BadgeTone } from "./badge";

const tones: Record<string, BadgeTone> = { SEV1: "red", SEV2: "orange", SEV3: "amber", SEV4: "neutral" };

/** SEV1 red to SEV4 grey; an unknown severity reads as the mildest; none at all is "Unrated". */
export function SeverityBadge({ severity }: { severity: string | null }) {
  if (!severity) return <Badge tone="neutral">Unrated</Badge>;
  return <Badge tone={tones[severity] ?? "neutral"}>{severity}</Badge>;
}
