import { ActionItemStatusBadge, PriorityBadge, TrackerLink } from "@/components/action-items/action-item-badges";
import type { PostmortemPage } from "@/lib/postmortems/queries";

export function ActionItems({ items }: { items: PostmortemPage["actionItems"] }) {
  if (items.length === 0)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No action items were recorded.</p>;
  // No "overdue" here: this page is cached until the postmortem is written again, and a day passing is no write
  // (/action-items, rendered per request, says what is overdue).
  return (
    <ul className="space-y-2">
      {items.map((item) => {
        const dueDate = item.dueDate ? item.dueDate.toISOString().slice(0, 10) : null;
        return (
          <li key={item.id} className="flex flex-wrap items-baseline gap-2 text-sm" data-action-item={item.position}>
            <ActionItemStatusBadge status={item.status} />
            <PriorityBadge priority={item.priority} />
            <span className="flex-1">{item.title}</span>
            {item.link ? <TrackerLink link={item.link} title={item.title} /> : null}
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {item.owner ?? "no owner"}
              {dueDate ? ` · due ${dueDate}` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
