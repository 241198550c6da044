import { DocumentLink } from "@/components/ui/document-link";

import { cx } from "@/components/ui/cx";
import { textLinkClass } from "@/components/ui/text-link-class";

import { filterHref, type HomeFilter } from "./home-filter";

/** What the list is narrowed to, each part removable, and a way back to everything. */
export function ActiveFilters({ filter, shown }: { filter: HomeFilter; shown: number }) {
  const parts: { label: string; value: string; without: HomeFilter }[] = [];
  if (filter.tag) parts.push({ label: "tag", value: filter.tag, without: { ...filter, tag: undefined } });
  if (filter.component)
    parts.push({ label: "component", value: filter.component, without: { ...filter, component: undefined } });
  if (filter.origin)
    parts.push({
      label: "origin",
      value: filter.origin === "own" ? "ours" : "public",
      without: { ...filter, origin: undefined },
    });
  if (parts.length === 0) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg bg-zinc-100 px-4 py-3 text-sm dark:bg-zinc-900"
    >
      <span>
        {shown} {shown === 1 ? "postmortem" : "postmortems"} with
      </span>
      {parts.map((part) => (
        <span
          key={part.label}
          className="inline-flex items-center gap-1.5 rounded-full bg-white px-2.5 py-0.5 ring-1 ring-zinc-300 ring-inset dark:bg-zinc-950 dark:ring-zinc-700"
        >
          <span className="text-zinc-600 dark:text-zinc-400">{part.label}:</span>
          <strong className="font-semibold">{part.value}</strong>
          {parts.length > 1 ? (
            <DocumentLink
              href={filterHref(part.without)}
              className="ml-1 text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">
                Remove the {part.label} filter {part.value}
              </span>
            </DocumentLink>
          ) : null}
        </span>
      ))}
      <DocumentLink href="/" className={cx(textLinkClass("always"), "ml-auto font-medium")}>
        Clear filter
      </DocumentLink>
    </div>
  );
}
