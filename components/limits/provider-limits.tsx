import { TextLink } from "@/components/ui/text-link";
import type { ProviderLimits } from "@/lib/limits/queries";

import { formatAdjustable, formatDefaultValue, incidentCount, providerAnchor } from "./limit-values";

/** One provider's heading and its limits, each with the facts an on-call engineer checks first. */
export function ProviderLimitsSection({ group }: { group: ProviderLimits }) {
  const id = providerAnchor(group.provider);
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {group.provider}
      </h2>
      <ul className="mt-3 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {group.limits.map((limit) => (
          <li key={limit.id} className="p-4">
            <h3 className="font-semibold">
              <TextLink href={`/limits/${limit.id}`}>{limit.name}</TextLink>
            </h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
              <dt className="text-zinc-600 dark:text-zinc-400">Resource</dt>
              <dd>{limit.resource}</dd>
              <dt className="text-zinc-600 dark:text-zinc-400">Default</dt>
              <dd>{formatDefaultValue(limit.defaultValue, limit.unit)}</dd>
              <dt className="text-zinc-600 dark:text-zinc-400">Adjustable</dt>
              <dd>{formatAdjustable(limit.adjustable)}</dd>
              <dt className="text-zinc-600 dark:text-zinc-400">Incidents</dt>
              <dd className="tabular-nums">{incidentCount(limit.incidents)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
