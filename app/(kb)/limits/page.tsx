import type { Metadata } from "next";

import { providerAnchor } from "@/components/limits/limit-values";
import { ProviderLimitsSection } from "@/components/limits/provider-limits";
import { listLimitsByProvider } from "@/lib/data/limits";

export const metadata: Metadata = { title: "Limits and quotas" };

export default async function LimitsPage() {
  const groups = await listLimitsByProvider();
  return (
    <div className="max-w-4xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Limits and quotas</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Cloud quotas and hard limits that contributed to incidents, with their defaults and whether they can be
          raised.
        </p>
        {groups.length > 1 ? (
          <nav aria-label="Providers" className="mt-3 text-sm" data-no-print>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {groups.map((group) => (
                <li key={group.provider}>
                  <a
                    href={`#${providerAnchor(group.provider)}`}
                    className="text-indigo-700 underline hover:no-underline dark:text-indigo-300"
                  >
                    {group.provider} ({group.limits.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {groups.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No limits in the catalog yet. Add files under <code>content/limits/</code> and run{" "}
          <code>npm run content:import</code>.
        </p>
      ) : (
        groups.map((group) => <ProviderLimitsSection key={group.provider} group={group} />)
      )}
    </div>
  );
}
