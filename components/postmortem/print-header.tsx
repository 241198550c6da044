import type { PostmortemPage } from "@/lib/postmortems/queries";
import { formatIncidentDate } from "@/lib/format";

import { PageUrl } from "./print-controls";

/** On paper only: what the printout is and where it came from, above the postmortem itself. */
export function PrintHeader({ pm }: { pm: PostmortemPage }) {
  return (
    <div data-print-header className="hidden border-b border-zinc-400 pb-2 text-xs text-zinc-700 print:block">
      <p className="font-semibold text-zinc-900">{pm.title}</p>
      <p>
        {pm.severity ?? "Unrated"} · {formatIncidentDate(pm, pm.timeZone)} · Hindsight postmortem ·{" "}
        <PageUrl path={`/postmortems/${pm.slug}`} />
      </p>
    </div>
  );
}
