import * as Plot from "@observablehq/plot";

import { TableHead } from "@/components/ui/table-head";
import type { IncidentsByQuarter } from "@/lib/insights/incidents-by-quarter";
import { quarterAxis } from "@/lib/insights/quarters";

import { InsightSection, InsightTable } from "./insight-section";
import { Legend } from "./legend";
import { chartColors, mutedColor, plotSvg } from "./plot-svg";

const NO_PATTERN = "No pattern";
const OTHER = "Other patterns";
/** Patterns with a colour of their own; the rest share a muted "other" (the table names them all). */
const SHOWN_PATTERNS = 7;

const last = (name: string) => (name === OTHER ? 1 : name === NO_PATTERN ? 2 : 0);

export function IncidentsByQuarterInsight({ data, csvHref }: { data: IncidentsByQuarter; csvHref: string }) {
  // Most frequent pattern first, so the legend and the stacks read in the same order; other and none last.
  const totals = new Map<string, number>();
  for (const r of data.rows) {
    const name = r.patternName ?? NO_PATTERN;
    totals.set(name, (totals.get(name) ?? 0) + r.incidents);
  }
  const ranked = [...totals.keys()].sort(
    (a, b) => last(a) - last(b) || totals.get(b)! - totals.get(a)! || a.localeCompare(b),
  );
  const shown = new Set(ranked.filter((name) => name !== NO_PATTERN).slice(0, SHOWN_PATTERNS));
  const rows = data.rows.map((r) => {
    const name = r.patternName ?? NO_PATTERN;
    return { ...r, name, pattern: name === NO_PATTERN || shown.has(name) ? name : OTHER };
  });
  const quarters = quarterAxis(rows.map((r) => r.quarter));
  const patterns = [...shown, ...(rows.some((r) => r.pattern === OTHER) ? [OTHER] : [])];
  if (totals.has(NO_PATTERN)) patterns.push(NO_PATTERN);
  const colors = patterns.map((p, i) => (p === NO_PATTERN || p === OTHER ? mutedColor : chartColors[i]!));
  const incidents = rows.reduce((sum, r) => sum + r.incidents, 0);
  const svg = rows.length
    ? plotSvg(
        {
          width: 720,
          height: 300,
          marginBottom: 50,
          x: { type: "band", domain: quarters, label: null, tickRotate: quarters.length > 8 ? -45 : 0 },
          y: { label: "Incidents", grid: true, tickFormat: "d" },
          color: { domain: patterns, range: colors },
          marks: [
            Plot.barY(rows, {
              x: "quarter",
              y: "incidents",
              fill: "pattern",
              order: patterns,
              title: (r: (typeof rows)[number]) => `${r.quarter}: ${r.incidents} × ${r.name}`,
            }),
            Plot.ruleY([0]),
          ],
        },
        `Stacked bars of incidents per quarter by failure pattern, ${quarters[0]} to ${quarters.at(-1)}: ${incidents} incident-pattern pairs over ${totals.size} patterns. The table below has the numbers.`,
      )
    : null;
  return (
    <InsightSection
      id="incidents-by-quarter"
      title="Incidents per failure pattern, by quarter"
      description={
        <>
          When each incident began (its start, or the date it occurred on when only that is known). An incident with two
          patterns counts for each.
          {data.undated > 0 &&
            ` ${data.undated} incident${data.undated === 1 ? " is" : "s are"} not shown: only the year, or no date, is known.`}
        </>
      }
      svg={svg}
      csvHref={csvHref}
      empty={rows.length ? null : "No dated incidents match these filters."}
      table={
        <InsightTable
          caption="Incidents per failure pattern, by quarter"
          head={<TableHead columns={["Quarter", "Pattern", "Incidents"]} />}
        >
          {rows.map((r) => (
            <tr key={`${r.quarter} ${r.name}`}>
              <td className="py-1.5 pr-3">{r.quarter}</td>
              <td className="py-1.5 pr-3">{r.name}</td>
              <td className="py-1.5 text-right tabular-nums">{r.incidents}</td>
            </tr>
          ))}
        </InsightTable>
      }
    >
      <Legend items={patterns.map((label, i) => ({ label, color: colors[i]! }))} />
    </InsightSection>
  );
}
