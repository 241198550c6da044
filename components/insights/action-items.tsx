import * as Plot from "@observablehq/plot";

import { TableHead } from "@/components/ui/table-head";
import { actionItemStatusLabels, actionItemStatuses, type ActionItemCompletion } from "@/lib/insights/action-items";

import { InsightSection, InsightTable } from "./insight-section";
import { Legend } from "./legend";
import { chartColors, plotSvg } from "./plot-svg";

const statusColors = [chartColors[2]!, chartColors[7]!, chartColors[3]!, chartColors[4]!];
const labels = actionItemStatuses.map((s) => actionItemStatusLabels[s]);

/** (f) Action items by status, overall and per pattern, as shares of 100 %; overdue counted in the table. */
export function ActionItemsInsight({ groups, csvHref }: { groups: ActionItemCompletion[]; csvHref: string }) {
  const data = groups.flatMap((g) =>
    actionItemStatuses.map((s) => ({
      group: g.label,
      status: actionItemStatusLabels[s],
      items: g.counts[s],
      total: g.total,
    })),
  );
  const overall = groups.find((g) => g.key === "all");
  const svg = overall
    ? plotSvg(
        {
          width: 720,
          height: 40 + groups.length * 28,
          marginLeft: 200,
          x: { label: "Share of action items (%)", percent: true, grid: true },
          y: { domain: groups.map((g) => g.label), label: null },
          color: { domain: labels, range: statusColors },
          marks: [
            Plot.barX(
              data,
              Plot.stackX({
                offset: "normalize",
                order: labels,
                y: "group",
                x: "items",
                fill: "status",
                title: (d: (typeof data)[number]) => `${d.group}: ${d.items} of ${d.total} ${d.status.toLowerCase()}`,
              }),
            ),
          ],
        },
        `Stacked bars of action items by status: overall ${overall.counts.done} done, ${overall.counts.wont_do} won't do, ${overall.counts.in_progress} in progress, ${overall.counts.open} open of ${overall.total}; ${overall.overdue} overdue. Per pattern in the table below.`,
      )
    : null;
  return (
    <InsightSection
      id="action-items"
      title="Action items"
      description={
        overall
          ? `${overall.total} action items: ${overall.counts.done + overall.counts.wont_do} closed (done or won't do), ${overall.overdue} overdue (open or in progress past their due date).`
          : ""
      }
      svg={svg}
      csvHref={csvHref}
      empty={overall ? null : "No postmortem matching these filters has action items."}
      table={
        <InsightTable
          caption="Action items by status"
          head={<TableHead columns={["Group", "Total", ...labels, "Overdue"]} />}
        >
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row" className="py-1.5 pr-3 font-medium">
                {g.label}
              </th>
              <td className="py-1.5 pr-3 text-right tabular-nums">{g.total}</td>
              {actionItemStatuses.map((s) => (
                <td key={s} className="py-1.5 pr-3 text-right tabular-nums">
                  {g.counts[s]}
                </td>
              ))}
              <td className="py-1.5 text-right tabular-nums">{g.overdue}</td>
            </tr>
          ))}
        </InsightTable>
      }
    >
      <Legend items={labels.map((label, i) => ({ label, color: statusColors[i]! }))} />
    </InsightSection>
  );
}
