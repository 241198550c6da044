import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { postmortemStatuses } from "@/lib/validations/postmortem";

export type PostmortemStatus = (typeof postmortemStatuses)[number];

const styles: Record<PostmortemStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: "Draft", tone: "neutral" },
  in_review: { label: "In review", tone: "sky" },
  published: { label: "Published", tone: "green" },
};

export function statusLabel(status: PostmortemStatus): string {
  return styles[status].label;
}

/** Where a postmortem is in review: draft, in review, published. */
export function StatusBadge({ status }: { status: PostmortemStatus }) {
  return <Badge tone={styles[status].tone}>{styles[status].label}</Badge>;
}
