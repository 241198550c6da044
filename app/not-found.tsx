import { headers } from "next/headers";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { TextInput } from "@/components/ui/text-input";
import { nameInPath, requestedPathHeader } from "@/lib/http/requested-path";
import { listPostmortemsLike, type SimilarPostmortem } from "@/lib/postmortems/similar";

async function closestTo(name: string): Promise<SimilarPostmortem[]> {
  try {
    return await listPostmortemsLike(name);
  } catch (error) {
    // A 404 page must still answer when the database does not: without suggestions.
    console.error(`not-found: suggestions failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    return [];
  }
}

/** Any address nothing serves: the postmortems whose slug or title is closest to it, and the search box. */
export default async function NotFound() {
  const name = nameInPath((await headers()).get(requestedPathHeader));
  const closest = name ? await closestTo(name) : [];
  const words = name.replace(/[-_.]+/g, " ").trim();

  return (
    <div className="mx-auto max-w-xl space-y-8 py-12">
      <div className="text-center">
        <p className="mb-2 text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">404</p>
        <h1 className="text-2xl font-semibold">Not found</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          There is no page at this address. It may have been renamed, or it was never published.
        </p>
      </div>

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
            defaultValue={words}
            placeholder="An error line, a component, a few words"
            className="min-w-0 flex-1"
          />
          <Button type="submit" variant="primary">
            Search
          </Button>
        </div>
      </form>

      <p className="text-center">
        <ButtonLink href="/" variant="secondary">
          Back to all postmortems
        </ButtonLink>
      </p>
    </div>
  );
}
