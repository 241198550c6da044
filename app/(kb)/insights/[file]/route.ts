// GET /insights/<chart>.csv - one chart of /insights as CSV, with the page's filters (?from=&to=&provider=&origin=&severity=)
import { badRequest, notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { readDb } from "@/lib/db";
import { insightCharts, insightCsv, isInsightChart } from "@/lib/insights/csv";
import { parseInsightFilters } from "@/lib/insights/filters";

export const dynamic = "force-dynamic";

export const GET = route<{ file: string }>(async (request, { file }) => {
  await requireReader(request);
  const chart = file.endsWith(".csv") ? file.slice(0, -".csv".length) : "";
  if (!isInsightChart(chart))
    throw notFound(`No such chart. The CSV downloads are: ${insightCharts.map((c) => `${c}.csv`).join(", ")}.`);
  const { filters, errors } = parseInsightFilters(new URL(request.url).searchParams);
  if (errors[0]) throw badRequest("invalid_filter", errors[0].message, errors[0].field);
  return new Response(await insightCsv(readDb, chart, filters), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="insights-${chart}.csv"`,
      "cache-control": "no-store",
    },
  });
});
