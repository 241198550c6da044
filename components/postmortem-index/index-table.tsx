import { SeverityBadge } from "@/components/ui/severity-badge";
import { StatusBadge } from "@/components/postmortem/status-badge";
import { TextLink } from "@/components/ui/text-link";
import { formatDuration, formatIncidentDate } from "@/lib/format";
import type { PostmortemIndexItem } from "@/lib/postmortems/postmortem-index";
import { indexHref, sortedBy, type IndexSort, type PostmortemIndexQuery } from "@/lib/validations/postmortem-index";

const cell = "py-2 pr-3 align-top";
const muted = "text-zinc-600 dark:text-zinc-400";
const seconds = (value: number | null) => formatDuration(value === null ? null : value * 1000);
const list = (values: string[]) => (values.length ? values.join(", ") : "—");

/** A column heading that sorts by it: a plain link, so it works without JavaScript and the URL keeps the sort. */
function SortHeader({ query, sort, label }: { query: PostmortemIndexQuery; sort: IndexSort; label: string }) {
  const active = query.sort === sort;
  return (
    <th
      scope="col"
      className="py-2 pr-3"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <a
        href={indexHref(sortedBy(query, sort))}
        className="inline-flex min-h-6 items-center gap-1 text-indigo-700 uppercase hover:underline dark:text-indigo-300"
      >
        {label}
        <span aria-hidden="true">{active ? (query.dir === "asc" ? "▲" : "▼") : ""}</span>
        <span className="sr-only">
          {active ? `, sorted ${query.dir === "asc" ? "ascending" : "descending"}` : ", sort by this column"}
        </span>
      </a>
    </th>
  );
}

function Head({ label }: { label: string }) {
  return (
    <th scope="col" className="py-2 pr-3">
      {label}
    </th>
  );
}

/** The index as a table; each title links to its postmortem. */
export function IndexTable({
  items,
  query,
  showStatus,
}: {
  items: PostmortemIndexItem[];
  query: PostmortemIndexQuery;
  showStatus: boolean;
}) {
  return (
    // Focusable: a keyboard can scroll the wide table on a narrow screen.
    <div role="region" aria-label="Postmortems, sortable" tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[64rem] text-left text-sm">
        <thead className="border-b border-zinc-300 text-xs tracking-wide text-zinc-600 uppercase dark:border-zinc-700 dark:text-zinc-400">
          <tr>
            <SortHeader query={query} sort="date" label="Date" />
            <Head label="Postmortem" />
            {showStatus && <Head label="Status" />}
            <SortHeader query={query} sort="severity" label="Severity" />
            <SortHeader query={query} sort="ttm" label="To mitigate" />
            <SortHeader query={query} sort="ttr" label="To resolve" />
            <Head label="Failure pattern" />
            <Head label="Provider" />
            <Head label="Platform" />
            <Head label="Components" />
            <Head label="Tags" />
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {items.map((pm) => (
            <tr key={pm.slug}>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatIncidentDate(pm, pm.timeZone)}</td>
              <td className={`${cell} min-w-56`}>
                <TextLink href={`/postmortems/${pm.slug}`} className="font-medium">
                  {pm.title}
                </TextLink>
              </td>
              {showStatus && (
                <td className={cell}>
                  <StatusBadge status={pm.status} />
                </td>
              )}
              <td className={cell}>
                <SeverityBadge severity={pm.severity} />
              </td>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>{seconds(pm.timeToMitigateSeconds)}</td>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>{seconds(pm.timeToResolveSeconds)}</td>
              <td className={cell}>{list(pm.patterns.map((p) => p.pattern.name))}</td>
              <td className={`${cell} ${muted}`}>{pm.cloudProvider ?? "—"}</td>
              <td className={`${cell} ${muted}`}>{pm.platform ?? "—"}</td>
              <td className={`${cell} ${muted}`}>{list(pm.components)}</td>
              <td className={`${cell} ${muted}`}>{list(pm.tags.map((t) => t.tag.name))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
