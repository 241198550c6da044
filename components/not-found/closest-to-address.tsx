"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { request } from "@/lib/api/client";
import { publicPathOf } from "@/lib/cache/cached-routes";
import { nameInPath } from "@/lib/http/requested-path";
import type { SimilarPostmortem } from "@/lib/postmortems/similar";
import { queryKeys } from "@/lib/query-keys";

/**
 * The 404 page's help, from the address in the browser: the published
 * postmortems closest to the name in it, and a search box filled with its
 * words. Asked from the browser so that a cached page's 404 (a slug that is a
 * draft, or was renamed) is one copy for every address.
 */
export function ClosestToAddress() {
  const name = nameInPath(publicPathOf(usePathname()));
  const words = name.replace(/[-_.]+/g, " ").trim();
  const { data } = useQuery({
    queryKey: queryKeys.closest(name),
    queryFn: ({ signal }) =>
      request<{ postmortems: SimilarPostmortem[] }>(`/api/closest?to=${encodeURIComponent(name)}`, { signal }),
    enabled: name.length >= 3,
    retry: false,
  });
  const closest = data?.postmortems ?? [];
  return (
    <>
      {closest.length ? (
        <section aria-labelledby="closest-heading">
          <h2 id="closest-heading" className="text-lg font-semibold">
            Closest postmortems
          </h2>
          <ul className="mt-2 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {closest.map((pm) => (
              <li key={pm.slug} className="p-3">
                <Link
                  href={`/postmortems/${pm.slug}`}
                  className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  {pm.title}
                </Link>
                <p className="mt-0.5 font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">{pm.slug}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <form role="search" action="/search" method="get" className="space-y-2">
        <label htmlFor="not-found-search" className="block text-lg font-semibold">
          Search instead
        </label>
        <div className="flex gap-2">
          <TextInput
            id="not-found-search"
            type="search"
            name="q"
            // The address is known only in the browser: a new key refills the box once it is.
            key={words}
            defaultValue={words}
            placeholder="An error line, a component, a few words"
            className="min-w-0 flex-1"
          />
          <Button type="submit" variant="primary">
            Search
          </Button>
        </div>
      </form>
    </>
  );
}
