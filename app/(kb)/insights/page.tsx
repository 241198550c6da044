import type { Metadata } from "next";

import { ActionItemsInsight } from "@/components/insights/action-items";
import { FixDidNotHoldInsight } from "@/components/insights/fix-did-not-hold";
import { IncidentsByQuarterInsight } from "@/components/insights/incidents-by-quarter";
import { InsightFiltersForm } from "@/components/insights/insight-filters";
import { LimitsHitInsight } from "@/components/insights/limits-hit";
import { ResolveTimesInsight } from "@/components/insights/resolve-times";
import { ResponseTimesInsight } from "@/components/insights/response-times";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorAlert } from "@/components/ui/error-alert";
import { readDb } from "@/lib/db";
import type { InsightChart } from "@/lib/insights/csv";
import { insightQuery, parseInsightFilters, searchParamsOf } from "@/lib/insights/filters";
import { getInsights } from "@/lib/insights/get-insights";
import { getSearchFacets } from "@/lib/search/facets";

// Filters come from the query string: rendered per request, never in the page cache (lib/cache/).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Insights" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InsightsPage({ searchParams }: Props) {
  const { filters, errors } = parseInsightFilters(searchParamsOf(await searchParams));
  const [insights, facets] = await Promise.all([getInsights(readDb, filters), getSearchFacets()]);
  const query = insightQuery(filters);
  const csv = (chart: InsightChart) => `/insights/${chart}.csv${query ? `?${query}` : ""}`;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Insights</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          What the published postmortems say together: which failure patterns keep happening, how long incidents take,
          which limits bite, and whether the action items got done.
        </p>
        <InsightFiltersForm filters={filters} errors={errors} providers={facets.providers} />
        {errors.length > 0 && (
          <ErrorAlert as="div">
            <p>Some filters were not understood and are not applied:</p>
            <ul className="list-disc pl-5">
              {errors.map((e) => (
                <li key={e.field}>{e.message}</li>
              ))}
            </ul>
          </ErrorAlert>
        )}
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="insights-matching">
          {insights.matching} published postmortem{insights.matching === 1 ? "" : "s"} match.
        </p>
      </div>
      {insights.matching === 0 ? (
        <EmptyState>No published postmortem matches these filters. Widen the period or clear a filter.</EmptyState>
      ) : (
        <>
          <IncidentsByQuarterInsight data={insights.byQuarter} csvHref={csv("incidents-by-quarter")} />
          <ResponseTimesInsight
            byPattern={insights.byPattern}
            bySeverity={insights.bySeverity}
            csvHref={csv("response-times")}
          />
          <ResolveTimesInsight points={insights.resolveTimes} csvHref={csv("resolve-times")} />
          <LimitsHitInsight limits={insights.limits} csvHref={csv("limits")} />
          <FixDidNotHoldInsight rows={insights.fixes} csvHref={csv("fix-did-not-hold")} />
          <ActionItemsInsight groups={insights.actionItems} csvHref={csv("action-items")} />
        </>
      )}
    </div>
  );
}
