import "server-only";

import type { EditorCatalog } from "@/components/editor/catalog";
import { listLimitsByProvider } from "@/lib/limits/queries";
import { listPatterns } from "@/lib/patterns/queries";

/** The limits and patterns the editor picks from, and the time zones it offers. */
export async function loadEditorCatalog(): Promise<EditorCatalog> {
  const [providers, patterns] = await Promise.all([listLimitsByProvider(), listPatterns()]);
  return {
    limits: providers.flatMap((group) =>
      group.limits.map(({ id, provider, resource, name, defaultValue, unit }) => ({
        id,
        provider,
        resource,
        name,
        defaultValue,
        unit,
      })),
    ),
    patterns: patterns
      .map(({ slug, name, summary }) => ({ slug, name, summary }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}
