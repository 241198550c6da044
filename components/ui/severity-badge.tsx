import { Badge, type BadgeTone } from "./badge";

const tones: Record<string, BadgeTone> = { SEV1: "red", SEV2: "orange", SEV3: "amber", SEV4: "neutral" };

/** SEV1 red to SEV4 grey; an unknown severity reads as the mildest. */
export function SeverityBadge({ severity }: { severity: string }) {
  return <Badge tone={tones[severity] ?? "neutral"}>{severity}</Badge>;
}
