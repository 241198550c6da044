import { StatusBadge } from "@/components/postmortem/status-badge";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { TableHead } from "@/components/ui/table-head";
import { TextLink } from "@/components/ui/text-link";
import type { QueueItem } from "@/lib/postmortems/review-queue";

import { waited } from "./waited";

/** Postmortems awaiting someone: the review queue (how long each has waited) or an author's drafts (their last change). */
export function QueueTable({
  items,
  time,
  caption,
}: {
  items: QueueItem[];
  time: "waiting" | "changed";
  caption: string;
}) {
  const now = new Date();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead
          columns={[
            "Postmortem",
            "Status",
            "Authors",
            "Severity",
            time === "waiting" ? "Waiting" : "Last change",
            "Comments",
          ]}
        />
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {items.map((item) => {
            const at = time === "waiting" ? item.since : item.updatedAt;
            const ago = waited(at, now);
            return (
              <tr key={item.slug} data-slug={item.slug}>
                <td className="py-2 pr-3 font-medium">
                  <TextLink href={`/postmortems/${item.slug}`}>{item.title}</TextLink>
                </td>
                <td className="py-2 pr-3">
                  <StatusBadge status={item.status} />
                </td>
                <td className="py-2 pr-3">{item.authors.join(", ") || "—"}</td>
                <td className="py-2 pr-3">
                  <SeverityBadge severity={item.severity} />
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={at.toISOString()} title={at.toISOString()}>
                    {time === "changed" && ago !== "just now" ? `${ago} ago` : ago}
                  </time>
                </td>
                <td className="py-2">{item.comments}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
