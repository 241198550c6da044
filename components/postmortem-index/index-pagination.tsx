import { cx } from "@/components/ui/cx";
import { indexHref, indexPageSize, type PostmortemIndexQuery } from "@/lib/validations/postmortem-index";

/** The pages around the current one, with the first and the last; null marks a gap. */
function pageWindow(page: number, pageCount: number): Array<number | null> {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

const linkClass =
  "inline-flex min-h-8 min-w-8 items-center justify-center rounded-md px-2 text-indigo-700 hover:bg-zinc-100 dark:text-indigo-300 dark:hover:bg-zinc-800";

/** "26–50 of 9,000" and links to the pages (offset pagination: any page is one link away). */
export function IndexPagination({
  query,
  page,
  pageCount,
  total,
}: {
  query: PostmortemIndexQuery;
  page: number;
  pageCount: number;
  total: number;
}) {
  const from = total ? (page - 1) * indexPageSize + 1 : 0;
  const to = Math.min(total, page * indexPageSize);
  const href = (p: number) => indexHref({ ...query, page: p });
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-zinc-700 dark:text-zinc-300" data-testid="index-count">
        {from.toLocaleString("en-US")}–{to.toLocaleString("en-US")} of {total.toLocaleString("en-US")} postmortem
        {total === 1 ? "" : "s"}
      </p>
      {pageCount > 1 && (
        <nav aria-label="Pages">
          <ul className="flex flex-wrap items-center gap-1">
            {page > 1 && (
              <li>
                <a href={href(page - 1)} rel="prev" className={linkClass}>
                  Previous
                </a>
              </li>
            )}
            {pageWindow(page, pageCount).map((p, i) =>
              p === null ? (
                <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-zinc-500">
                  …
                </li>
              ) : (
                <li key={p}>
                  <a
                    href={href(p)}
                    aria-current={p === page ? "page" : undefined}
                    aria-label={`Page ${p}`}
                    className={cx(
                      linkClass,
                      p === page &&
                        "bg-zinc-900 font-medium text-white hover:bg-zinc-900 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-100",
                    )}
                  >
                    {p}
                  </a>
                </li>
              ),
            )}
            {page < pageCount && (
              <li>
                <a href={href(page + 1)} rel="next" className={linkClass}>
                  Next
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
