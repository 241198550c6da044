import * as Plot from "@observablehq/plot";

import { TableHead } from "@/components/ui/table-head";
import { formatDuration } from "@/lib/format";
import { percentileText } from "@/lib/insights/format";
import { MIN_GROUP_SIZE, responseMetrics, type ResponseTimeGroup } from "@/lib/insights/response-times";

import { InsightSection, InsightTable } from "./insight-section";
import { chartColors, plotSvg } from "./plot-svg";

const metricLabels = { detect: "Detect", mitigate: "Mitigate", resolve: "Resolve" } as const;

const hoursTick = (seconds: number) => formatDuration(seconds * 1000);
/** A long pattern name cut for the axis; the table has it whole. */
const shorten = (label: string) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);
/** a minute, 10 minutes, an hour, 6 hours, a day, a week */
const logTicks = [60, 600, 3600, 6 * 3600, 86400, 7 * 86400];

/** p50 to p90 of each metric per group, on a log scale (minutes to days); groups with too few incidents left out. */
function rangesSvg(groups: ResponseTimeGroup[], by: string): string | null {
  const points = groups.flatMap((g) =>
    responseMetrics.flatMap((m) => {
      const { p50, p90, n } = g.metrics[m];
      return p50 !== null && p90 !== null
        ? [{ group: g.label, metric: metricLabels[m], p50: Math.max(p50, 60), p90: Math.max(p90, 60), n }]
        : [];
    }),
  );
  if (!points.length) return null;
  const labels = [...new Set(points.map((p) => p.group))];
  return plotSvg(
    {
      width: 720,
      height: 60 + 3 * (labels.length * 22 + 16),
      marginLeft: 230,
      marginRight: 70,
      x: { type: "log", label: "p50 (dot) to p90 (tick)", tickFormat: hoursTick, ticks: logTicks, grid: true },
      y: { domain: labels, label: null, tickFormat: shorten },
      fy: { domain: Object.values(metricLabels), label: null },
      color: { domain: Object.values(metricLabels), range: chartColors.slice(0, 3) },
      marks: [
        Plot.frame({ stroke: "currentColor", strokeOpacity: 0.25 }),
        Plot.link(points, { fy: "metric", y: "group", x1: "p50", x2: "p90", stroke: "metric", strokeWidth: 2 }),
        Plot.tickX(points, { fy: "metric", y: "group", x: "p90", stroke: "metric", strokeWidth: 2 }),
        Plot.dot(points, {
          fy: "metric",
          y: "group",
          x: "p50",
          fill: "metric",
          r: 4,
          title: (p: (typeof points)[number]) =>
            `${p.group}, time to ${p.metric.toLowerCase()}: p50 ${hoursTick(p.p50)}, p90 ${hoursTick(p.p90)} (n=${p.n})`,
        }),
      ],
    },
    `Time to detect, mitigate and resolve by ${by}: p50 to p90 of ${labels.length} groups with at least ${MIN_GROUP_SIZE} incidents, log scale. The table below has every group with its n.`,
  );
}

function ResponseTable({ groups, by }: { groups: ResponseTimeGroup[]; by: string }) {
  return (
    <InsightTable
      caption={`Time to detect, mitigate and resolve by ${by}`}
      head={
        <TableHead
          columns={[
            by[0]!.toUpperCase() + by.slice(1),
            "Incidents",
            ...responseMetrics.flatMap((m) => [
              `${metricLabels[m]} n`,
              `${metricLabels[m]} p50`,
              `${metricLabels[m]} p90`,
            ]),
          ]}
        />
      }
    >
      {groups.map((g) => (
        <tr key={g.key}>
          <th scope="row" className="py-1.5 pr-3 font-medium">
            {g.label}
          </th>
          <td className="py-1.5 pr-3 text-right tabular-nums">{g.incidents}</td>
          {responseMetrics.flatMap((m) => [
            <td key={`${m}-n`} className="py-1.5 pr-3 text-right tabular-nums">
              {g.metrics[m].n}
            </td>,
            <td key={`${m}-p50`} className="py-1.5 pr-3 tabular-nums">
              {percentileText(g.metrics[m], "p50")}
            </td>,
            <td key={`${m}-p90`} className="py-1.5 pr-3 tabular-nums">
              {percentileText(g.metrics[m], "p90")}
            </td>,
          ])}
        </tr>
      ))}
    </InsightTable>
  );
}

export function ResponseTimesInsight({
  byPattern,
  bySeverity,
  csvHref,
}: {
  byPattern: ResponseTimeGroup[];
  bySeverity: ResponseTimeGroup[];
  csvHref: string;
}) {
  const svgs = [rangesSvg(bySeverity, "severity"), rangesSvg(byPattern, "pattern")];
  const empty = !byPattern.length && !bySeverity.length;
  return (
    <InsightSection
      id="response-times"
      title="Time to detect, mitigate and resolve"
      description={`From the incident's start to its detection, mitigation and resolution, for incidents with those times recorded. p50 and p90 are computed only for groups of at least ${MIN_GROUP_SIZE}; smaller groups say so.`}
      svg={svgs.filter(Boolean).join("") || null}
      csvHref={csvHref}
      empty={empty ? "No incidents with a recorded start match these filters." : null}
      tableOpen
      table={
        <div className="space-y-4">
          <ResponseTable groups={bySeverity} by="severity" />
          <ResponseTable groups={byPattern} by="pattern" />
        </div>
      }
    />
  );
}
