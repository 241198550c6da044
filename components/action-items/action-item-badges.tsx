import { Badge, type BadgeTone } from "@/components/ui/badge";
import { textLinkClass } from "@/components/ui/text-link-class";
import { actionItemPriorityLabel, actionItemStatusLabel, trackerName } from "@/lib/action-items/labels";
import type { ActionItemData } from "@/lib/validations/postmortem";

const statusTone: Record<ActionItemData["status"], BadgeTone> = {
  open: "amber",
  in_progress: "sky",
  done: "green",
  wont_do: "neutral",
};

const priorityTone: Record<ActionItemData["priority"], BadgeTone> = {
  urgent: "red",
  high: "orange",
  medium: "indigo",
  low: "neutral",
};

export function ActionItemStatusBadge({ status }: { status: ActionItemData["status"] }) {
  return <Badge tone={statusTone[status]}>{actionItemStatusLabel[status]}</Badge>;
}

export function PriorityBadge({ priority }: { priority: ActionItemData["priority"] }) {
  return <Badge tone={priorityTone[priority]}>{actionItemPriorityLabel[priority]}</Badge>;
}

export function OverdueBadge() {
  return <Badge tone="red">Overdue</Badge>;
}

/** The tracker issue, named by its host ("Jira", "GitHub", "Linear", or the host). */
export function TrackerLink({ link, title }: { link: string; title: string }) {
  return (
    <a
      href={link}
      rel="noreferrer"
      className={`text-sm font-medium ${textLinkClass()}`}
      aria-label={`${trackerName(link)}: ${title}`}
    >
      {trackerName(link)}
    </a>
  );
}
