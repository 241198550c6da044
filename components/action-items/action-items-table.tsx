import { TableHead } from "@/components/ui/table-head";
import { TextLink } from "@/components/ui/text-link";
import { postmortemHref, type ActionItemRow } from "@/lib/action-items/row";

import { ActionItemStatusBadge, PriorityBadge, TrackerLink } from "./action-item-badges";
import { ActionItemsState, OverdueFlag } from "./action-items-state";
import { StatusSelect } from "./status-select";

const statusLabel = { draft: "draft", in_review: "in review", published: "" } as const;

/** The rows of /action-items; `editable` (authors and above) turns each status into a select that saves at once. */
export function ActionItemsTable({ items, editable }: { items: ActionItemRow[]; editable: boolean }) {
  const versions = Object.fromEntries(items.map((item) => [item.postmortem.slug, item.postmortem.version]));
  return (
    <ActionItemsState versions={versions}>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">Action items, overdue first, then by due date and priority</caption>
          <TableHead columns={["Action item", "Owner", "Status", "Due", "Priority", "Postmortem"]} />
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {items.map((item) => (
              <tr
                key={`${item.postmortem.slug}:${item.position}`}
                className="align-top"
                data-action-item={`${item.postmortem.slug}:${item.position}`}
              >
                <td className="py-2 pr-3">
                  <span className="font-medium text-zinc-900 dark:text-zinc-100">{item.title}</span>
                  {item.link ? (
                    <span className="ml-2">
                      <TrackerLink link={item.link} title={item.title} />
                    </span>
                  ) : null}
                </td>
                <td className="py-2 pr-3 text-zinc-700 dark:text-zinc-300">{item.owner ?? "no owner"}</td>
                <td className="py-2 pr-3">
                  {editable ? (
                    <StatusSelect
                      slug={item.postmortem.slug}
                      position={item.position}
                      title={item.title}
                      status={item.status}
                    />
                  ) : (
                    <ActionItemStatusBadge status={item.status} />
                  )}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <span className="block text-zinc-700 dark:text-zinc-300">{item.dueDate ?? "no date"}</span>
                  <OverdueFlag slug={item.postmortem.slug} position={item.position} overdue={item.overdue} />
                </td>
                <td className="py-2 pr-3">
                  <PriorityBadge priority={item.priority} />
                </td>
                <td className="py-2">
                  <TextLink href={postmortemHref(item.postmortem)}>{item.postmortem.title}</TextLink>
                  {statusLabel[item.postmortem.status] ? (
                    <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">
                      ({statusLabel[item.postmortem.status]})
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ActionItemsState>
  );
}
