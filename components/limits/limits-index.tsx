import { CatalogActions } from "@/components/catalog/catalog-actions";
import { providerAnchor } from "@/components/limits/limit-values";
import { ProviderLimitsSection } from "@/components/limits/provider-limits";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { listLimitsByProvider } from "@/lib/limits/queries";

/** /limits: the limit catalog by provider. */
export async function LimitsIndex() {
  const groups = await listLimitsByProvider();
  return (
    <div className="max-w-4xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Limits and quotas</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Cloud quotas and hard limits that contributed to incidents, with their defaults and whether they can be
          raised.
        </p>
        <div className="mt-3">
          <CatalogActions kind="limit" />
        </div>
        {groups.length > 1 ? (
          <nav aria-label="Providers" className="mt-3 text-sm" data-no-print>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {groups.map((group) => (
                <li key={group.provider}>
                  <TextLink href={`#${providerAnchor(group.provider)}`} underline="always">
                    {group.provider} ({group.limits.length})
                  </TextLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {groups.length === 0 ? (
        <EmptyState>
          No limits in the catalog yet. Add files under <code>content/limits/</code> and run{" "}
          <code>npm run content:import</code>.
        </EmptyState>
      ) : (
        groups.map((group) => <ProviderLimitsSection key={group.provider} group={group} />)
      )}
    </div>
  );
}
