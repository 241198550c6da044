import Link from "next/link";

import type { RelatedPattern } from "@/lib/data/patterns";

export function RelatedPatterns({ patterns }: { patterns: RelatedPattern[] }) {
  return (
    <section aria-labelledby="related">
      <h2 id="related" className="text-xl font-semibold tracking-tight">
        Related patterns
      </h2>
      {patterns.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">No related patterns recorded.</p>
      ) : (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {patterns.map((pattern) => (
            <li key={pattern.slug} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
              <Link
                href={`/patterns/${pattern.slug}`}
                className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
              >
                {pattern.name}
              </Link>
              <p className="mt-1 line-clamp-3 text-sm text-zinc-600 dark:text-zinc-400">{pattern.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
