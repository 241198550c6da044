import Link from "next/link";

import { TextLink } from "@/components/ui/text-link";

export interface SideListItem {
  href: string;
  label: string;
  count: number;
}

/** A short ranked list of links with counts, ending in a link to the full catalog. */
export function SideList({
  id,
  title,
  items,
  empty,
  more,
}: {
  id: string;
  title: string;
  items: SideListItem[];
  empty: string;
  more: { href: string; label: string };
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>
      ) : (
        <ol className="mt-2 space-y-1.5 text-sm">
          {items.map((item) => (
            <li key={item.href} className="flex items-baseline justify-between gap-3">
              <TextLink href={item.href}>{item.label}</TextLink>
              <span className="shrink-0 text-zinc-600 tabular-nums dark:text-zinc-400">
                {item.count}
                <span className="sr-only">{item.count === 1 ? " incident" : " incidents"}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-2 text-xs">
        <Link href={more.href} className="text-zinc-700 underline hover:no-underline dark:text-zinc-300">
          {more.label}
        </Link>
      </p>
    </section>
  );
}
