import { TableHead } from "@/components/ui/table-head";
import { TextLink } from "@/components/ui/text-link";
import { formatDate } from "@/lib/format";
import type { FixDidNotHold } from "@/lib/insights/fix-did-not-hold";

import { InsightSection, InsightTable } from "./insight-section";

/** (e) Patterns that came back after every action item of an incident with them was closed. A list: no chart. */
export function FixDidNotHoldInsight({ rows, csvHref }: { rows: FixDidNotHold[]; csvHref: string }) {
  return (
    <InsightSection
      id="fix-did-not-hold"
      title="The fix did not hold"
      description="A failure pattern that came back: an incident whose action items were all done or won't do, and the first later incident with the same pattern that started after it was resolved."
      svg={null}
      csvHref={csvHref}
      empty={rows.length ? null : "No pattern came back after its action items were closed, under these filters."}
      tableOpen
      table={
        <InsightTable
          caption="Patterns that came back after their action items were closed"
          head={<TableHead columns={["Pattern", "Closed incident (resolved)", "Came back (started)"]} />}
        >
          {rows.map((r) => (
            <tr key={`${r.patternSlug} ${r.closed.slug}`}>
              <td className="py-1.5 pr-3">
                <TextLink href={`/patterns/${r.patternSlug}`}>{r.patternName}</TextLink>
              </td>
              <td className="py-1.5 pr-3">
                <TextLink href={`/postmortems/${r.closed.slug}`}>{r.closed.title}</TextLink>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">({formatDate(r.closed.resolvedAt)})</span>
              </td>
              <td className="py-1.5">
                <TextLink href={`/postmortems/${r.cameBack.slug}`}>{r.cameBack.title}</TextLink>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">({formatDate(r.cameBack.startedAt)})</span>
              </td>
            </tr>
          ))}
        </InsightTable>
      }
    />
  );
}
