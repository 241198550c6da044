"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { actionItemsApi } from "@/components/action-items/action-items-api";
import { useCurrentUser } from "@/components/layout/use-current-user";
import { TextLink } from "@/components/ui/text-link";
import { postmortemHref } from "@/lib/action-items/row";
import { queryKeys } from "@/lib/query-keys";

const SHOWN = 5;

/**
 * Home's overdue action items for a signed-in reader. Home is one cached page for
 * everyone, so this asks the API from the browser, and only once /api/me says
 * someone is signed in; an anonymous reader (or nothing overdue) gets nothing.
 */
export function OverdueActionItems() {
  const user = useCurrentUser();
  const { data } = useQuery({
    queryKey: queryKeys.actionItems({ overdue: true }),
    queryFn: ({ signal }) => actionItemsApi.overdue(signal),
    enabled: !!user,
    staleTime: 60_000,
    retry: false,
  });
  if (!user || !data || data.items.length === 0) return null;
  const { items } = data;
  return (
    <section aria-labelledby="overdue-action-items" data-no-print>
      <h2 id="overdue-action-items" className="text-sm font-semibold text-red-800 dark:text-red-300">
        Overdue action items
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {items.slice(0, SHOWN).map((item) => (
          <li key={`${item.postmortem.slug}:${item.position}`}>
            <span className="block text-zinc-900 dark:text-zinc-100">{item.title}</span>
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              due {item.dueDate} · {item.owner ?? "no owner"} ·{" "}
              <TextLink href={postmortemHref(item.postmortem)}>{item.postmortem.title}</TextLink>
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs">
        <Link
          href="/action-items?overdue=true"
          className="text-zinc-700 underline hover:no-underline dark:text-zinc-300"
        >
          {items.length > SHOWN ? `All ${items.length} overdue action items` : "Overdue action items"}
        </Link>
      </p>
    </section>
  );
}
