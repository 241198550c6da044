import Link from "next/link";

export interface Crumb {
  label: string;
  /** absent for the page itself (the last crumb) */
  href?: string;
}

/** Where this page sits: "Postmortems › <title> › History"; the last crumb is the page itself. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" data-no-print className="text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${item.label}`} className="flex min-w-0 items-center gap-x-1.5">
              {last || !item.href ? (
                <span
                  aria-current={last ? "page" : undefined}
                  className="line-clamp-1 text-zinc-800 dark:text-zinc-200"
                >
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="hover:text-zinc-900 hover:underline dark:hover:text-white">
                  {item.label}
                </Link>
              )}
              {last ? null : (
                <span aria-hidden="true" className="text-zinc-400 dark:text-zinc-500">
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
