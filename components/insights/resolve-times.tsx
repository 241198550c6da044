import * as Plot from "@observablehq/plot";

import { TableHead } from "@/components/ui/table-head";
import { TextLink } from "@/components/ui/text-link";
import { formatDuration } from "@/lib/format";
import type { ResolveTime } from "@/lib/insights/response-times";

import { InsightSection, InsightTable } from "./insight-section";
import { chartColors, plotSvg } from "./plot-svg";

const severityLabel = (severity: string) => (severity === "unrated" ? "Unrated" : severity);
const duration = (seconds: number) => formatDuration(seconds * 1000);

/** (c) Each incident's time to resolve as a dot on its severity's row; log scale when the spread is wide. */
export function ResolveTimesInsight({ points, csvHref }: { points: ResolveTime[]; csvHref: string }) {
  const severities = [...new Set(points.map((p) => severityLabel(p.severity)))];
  const seconds = points.map((p) => p.seconds);
  const [least, most] = [Math.min(...seconds), Math.max(...seconds)];
  // A log scale once the slowest is 20 times the fastest: minutes and days on one line.
  const log = points.length > 1 && most / Math.max(least, 60) > 20;
  const data = points.map((p) => ({
    ...p,
    label: severityLabel(p.severity),
    x: log ? Math.max(p.seconds, 60) : p.seconds,
  }));
  const svg = points.length
    ? plotSvg(
        {
          width: 720,
          height: 50 + severities.length * 40,
          marginLeft: 70,
          x: {
            type: log ? "log" : "linear",
            label: `Time to resolve${log ? " (log scale)" : ""}`,
            tickFormat: duration,
            ...(log ? { ticks: [60, 600, 3600, 6 * 3600, 86400, 7 * 86400] } : { ticks: 5 }),
            grid: true,
          },
          y: { domain: severities, label: null },
          marks: [
            Plot.dot(data, {
              x: "x",
              y: "label",
              r: 5,
              fill: chartColors[0],
              fillOpacity: 0.7,
              stroke: "currentColor",
              strokeWidth: 0.5,
              title: (p: (typeof data)[number]) => `${p.title}: ${duration(p.seconds)} (${p.label})`,
            }),
          ],
        },
        `Dot plot of time to resolve per severity, ${points.length} incidents from ${duration(least)} to ${duration(most)}. The table below lists them.`,
      )
    : null;
  return (
    <InsightSection
      id="resolve-times"
      title="Time to resolve, by severity"
      description="One dot per incident with a recorded start and resolution."
      svg={svg}
      csvHref={csvHref}
      empty={points.length ? null : "No incidents with a recorded start and resolution match these filters."}
      table={
        <InsightTable
          caption="Time to resolve per incident"
          head={<TableHead columns={["Incident", "Severity", "Time to resolve"]} />}
        >
          {data.map((p) => (
            <tr key={p.slug}>
              <td className="py-1.5 pr-3">
                <TextLink href={`/postmortems/${p.slug}`}>{p.title}</TextLink>
              </td>
              <td className="py-1.5 pr-3">{p.label}</td>
              <td className="py-1.5 tabular-nums">{duration(p.seconds)}</td>
            </tr>
          ))}
        </InsightTable>
      }
    />
  );
}
