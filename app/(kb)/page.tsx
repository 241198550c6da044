import Link from "next/link";

import { PatternChip } from "@/components/ui/pattern-chip";
import { SeverityBadge } from "@/components/ui/severity-badge";
import { listPostmortems } from "@/lib/data/postmortems";
import { formatDate } from "@/lib/format";

export default async function HomePage() {
  const postmortems = await listPostmortems();
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold tracking-tight">Postmortems</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">What broke, why, and what fixed it, linked by the failure patterns they share.</p>
      </section>
      {postmortems.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No published postmortems yet. Add files under <code>content/postmortems/</code> and run <code>npm run content:import</code>.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {postmortems.map((pm) => (
            <li key={pm.slug} className="p-4">
              <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
                <SeverityBadge severity={pm.severity} />
                <time>{formatDate(pm.startedAt, pm.timeZone)}</time>
                {pm.platform ? <span>· {pm.platform}</span> : null}
                {pm.cloudProvider ? <span>· {pm.cloudProvider}</span> : null}
              </div>
              <h2 className="mt-1 font-medium">
                <Link href={`/postmortems/${pm.slug}`} className="hover:underline">
                  {pm.title}
                </Link>
              </h2>
              <p className="mt-1 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">{pm.summary}</p>
              {pm.patterns.length ? (
                <div className="mt-2 flex flex-wrap gap-1.5">
                  {pm.patterns.map(({ pattern }) => (
                    <PatternChip key={pattern.slug} slug={pattern.slug} name={pattern.name} />
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
