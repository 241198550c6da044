import type { LimitListItem } from "@/lib/limits/queries";

import { SideList } from "./side-list";

export function TopLimits({ limits }: { limits: LimitListItem[] }) {
  return (
    <SideList
      id="top-limits"
      title="Limits hit most"
      items={limits.map((l) => ({ href: `/limits/${l.id}`, label: l.name, count: l.incidents }))}
      empty="No published postmortem names a limit yet."
      more={{ href: "/limits", label: "All limits and quotas" }}
    />
  );
}
