import type { Proposal } from "@/components/postmortem/authoring-api";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const styles: Record<Proposal["status"], { label: string; tone: BadgeTone }> = {
  pending: { label: "Pending review", tone: "amber" },
  approved: { label: "Approved", tone: "green" },
  rejected: { label: "Rejected", tone: "red" },
};

export function ProposalBadge({ status }: { status: Proposal["status"] }) {
  return <Badge tone={styles[status].tone}>{styles[status].label}</Badge>;
}

/** "proposed by Ada · approved by Rita as version 7": who did what, in words. */
export function proposalLine(p: Proposal): string {
  const by = `proposed by ${p.author?.name ?? "a deleted user"} on version ${p.baseVersion}`;
  const reviewer = p.reviewer?.name ?? "a deleted user";
  if (p.status === "approved") return `${by} · approved by ${reviewer} as version ${p.appliedVersion}`;
  if (p.status === "rejected") return `${by} · rejected by ${reviewer}`;
  return by;
}
