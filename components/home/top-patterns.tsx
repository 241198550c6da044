import type { PatternListItem } from "@/lib/patterns/queries";

import { SideList } from "./side-list";

export function TopPatterns({ patterns, max = 8 }: { patterns: PatternListItem[]; max?: number }) {
  const items = patterns
    .filter((p) => p.occurrences > 0)
    .slice(0, max)
    .map((p) => ({ href: `/patterns/${p.slug}`, label: p.name, count: p.occurrences }));
  return (
    <SideList
      id="top-patterns"
      title="Patterns by occurrences"
      items={items}
      empty="No published postmortem names a failure pattern yet."
      more={{ href: "/patterns", label: `All ${patterns.length} failure patterns` }}
    />
  );
}
