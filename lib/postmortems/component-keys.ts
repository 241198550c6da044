/**
 * One key per component regardless of how a write-up spells it:
 * "Calico (BGP mode)" and "calico" are the same component. Kept in step with
 * the SQL backfill in prisma/migrations/20261121005000_related_incident_keys.
 */
export function componentKeys(components: string[]): string[] {
  const keys = components
    .map((c) =>
      c
        .replace(/\s*\([^)]*\)/g, "")
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
  return [...new Set(keys)].sort();
}
