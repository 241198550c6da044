import * as Plot from "@observablehq/plot";

import { TableHead } from "@/components/ui/table-head";
import { TextLink } from "@/components/ui/text-link";
import type { LimitHits } from "@/lib/insights/limits-hit";

import { InsightSection, InsightTable } from "./insight-section";
import { chartColors, plotSvg } from "./plot-svg";

/** (d) The limits most postmortems ran into; the table links each to its page. */
export function LimitsHitInsight({ limits, csvHref }: { limits: LimitHits[]; csvHref: string }) {
  const data = limits.map((l) => ({ ...l, label: `${l.name} (${l.provider})` }));
  const svg = limits.length
    ? plotSvg(
        {
          width: 720,
          height: 40 + limits.length * 26,
          marginLeft: 300,
          x: {
            label: "Postmortems",
            grid: true,
            tickFormat: "d",
            ticks: Math.min(5, Math.max(...limits.map((l) => l.postmortems))),
          },
          y: {
            domain: data.map((l) => l.label),
            label: null,
            tickFormat: (t: string) => (t.length > 48 ? `${t.slice(0, 47)}…` : t),
          },
          marks: [
            Plot.barX(data, {
              y: "label",
              x: "postmortems",
              fill: chartColors[1],
              title: (l: (typeof data)[number]) => `${l.label}: ${l.postmortems}`,
            }),
            Plot.ruleX([0]),
          ],
        },
        `Bar chart of the ${limits.length} limits hit by the most postmortems; the most is ${limits[0]!.name} with ${limits[0]!.postmortems}. The table below links to each limit.`,
      )
    : null;
  return (
    <InsightSection
      id="limits"
      title="Limits hit most"
      description="How many postmortems name each limit or quota."
      svg={svg}
      csvHref={csvHref}
      empty={limits.length ? null : "No postmortem matching these filters names a limit."}
      tableOpen
      table={
        <InsightTable caption="Limits hit most" head={<TableHead columns={["Limit", "Provider", "Postmortems"]} />}>
          {limits.map((l) => (
            <tr key={l.id}>
              <td className="py-1.5 pr-3">
                <TextLink href={`/limits/${encodeURIComponent(l.id)}`}>{l.name}</TextLink>
              </td>
              <td className="py-1.5 pr-3">{l.provider}</td>
              <td className="py-1.5 text-right tabular-nums">{l.postmortems}</td>
            </tr>
          ))}
        </InsightTable>
      }
    />
  );
}
