import type { Metadata } from "next";

import { IndexFilterForm } from "@/components/postmortem-index/index-filter-form";
import { IndexPagination } from "@/components/postmortem-index/index-pagination";
import { IndexTable } from "@/components/postmortem-index/index-table";
import { EmptyState } from "@/components/ui/empty-state";
import { textLinkClass } from "@/components/ui/text-link-class";
import { requireReaderPage } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { feedAlternates } from "@/lib/feeds/feed-links";
import { listPostmortemIndex, listPostmortemIndexOptions } from "@/lib/postmortems/postmortem-index";
import { indexHref, parseIndexQuery } from "@/lib/validations/postmortem-index";

// Per user (authors also see drafts) and per query: rendered on every request, never in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Postmortem index", alternates: feedAlternates() };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PostmortemIndexPage({ searchParams }: Props) {
  const reader = await requireReaderPage("/postmortems");
  const { query, notices } = parseIndexQuery(await searchParams);
  const showStatus = canEdit(reader?.role);
  // The status is not a reader's to choose (lib/postmortems/visibility.ts has chosen): not kept in their links.
  if (!showStatus) delete query.filters.status;
  const [result, options] = await Promise.all([listPostmortemIndex(query, reader), listPostmortemIndexOptions(reader)]);
  const shown = { ...query, page: result.page };
  if (query.page > result.page && result.total > 0) {
    notices.push(`There is no page ${query.page}: the list has ${result.pageCount}. This is the last page.`);
  }
  const filtered = Object.keys(query.filters).length > 0;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Postmortem index</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {showStatus
            ? "Every postmortem, drafts and those in review included: sort by a column, filter with the form."
            : "Every published postmortem: sort by a column, filter with the form."}
        </p>
      </div>
      <IndexFilterForm query={shown} options={options} showStatus={showStatus} />
      {notices.length > 0 && (
        <div
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
      {result.items.length ? (
        <>
          <IndexPagination query={shown} page={result.page} pageCount={result.pageCount} total={result.total} />
          <IndexTable items={result.items} query={shown} showStatus={showStatus} />
          <IndexPagination query={shown} page={result.page} pageCount={result.pageCount} total={result.total} />
        </>
      ) : (
        <EmptyState>
          <p className="font-medium text-zinc-700 dark:text-zinc-300">
            {filtered ? "No postmortem matches these filters." : "There are no postmortems yet."}
          </p>
          {filtered && (
            <a
              href={indexHref({ ...query, filters: {}, page: 1 })}
              className={`${textLinkClass("always")} mt-3 inline-block text-sm font-medium`}
            >
              Clear filters
            </a>
          )}
        </EmptyState>
      )}
    </div>
  );
}
