import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { CatalogActions } from "@/components/catalog/catalog-actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LimitFacts } from "@/components/limits/limit-facts";
import { LimitIncidentCard } from "@/components/limits/limit-incident-card";
import { Markdown } from "@/components/markdown/markdown";
import { EmptyState } from "@/components/ui/empty-state";
import { noPagesAtBuild } from "@/lib/cache/reading-pages";
import { getLimitById } from "@/lib/limits/queries";

// Cached for everyone until a write invalidates it (lib/cache/).
export const dynamic = "force-static";
export const generateStaticParams = noPagesAtBuild;

interface Props {
  params: Promise<{ id: string }>;
}

// generateMetadata and the page share one query per request.
const loadLimit = cache(getLimitById);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const limit = await loadLimit((await params).id);
  return limit
    ? { title: limit.name, description: `${limit.provider}: ${limit.resource}` }
    : { title: "Limit not found" };
}

export default async function LimitDetailPage({ params }: Props) {
  const limit = await loadLimit((await params).id);
  if (!limit) notFound();

  return (
    <div className="max-w-3xl space-y-10">
      <header>
        <Breadcrumbs items={[{ label: "Limits", href: "/limits" }, { label: limit.name }]} />
        <h1 className="mt-2 text-2xl font-semibold tracking-tight sm:text-3xl">{limit.name}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          {limit.provider} · {limit.resource}
        </p>
        <div className="mt-4">
          <LimitFacts limit={limit} />
        </div>
        <div className="mt-3">
          <CatalogActions kind="limit" entry={limit.id} />
        </div>
      </header>

      <section aria-labelledby="description">
        <h2 id="description" className="text-xl font-semibold tracking-tight">
          Description
        </h2>
        {limit.description.trim() ? (
          <Markdown source={limit.description} className="mt-3" />
        ) : (
          <p className="mt-3 text-sm text-zinc-600 italic dark:text-zinc-400">Not written yet.</p>
        )}
      </section>

      <section aria-labelledby="incidents">
        <h2 id="incidents" className="text-xl font-semibold tracking-tight">
          Incidents it contributed to
        </h2>
        {limit.incidents.length === 0 ? (
          <EmptyState className="mt-3 text-sm">
            No published postmortem names this limit yet. It is in the catalog so it can be checked before it bites.
          </EmptyState>
        ) : (
          <ul className="mt-3 space-y-4">
            {limit.incidents.map((incident) => (
              <li key={incident.slug}>
                <LimitIncidentCard incident={incident} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
