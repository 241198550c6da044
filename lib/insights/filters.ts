import { z } from "zod";

import { Severity } from "@/lib/generated/prisma/enums";

/** The filters of /insights and of its CSV downloads: the same URL parameters for both. */
export interface InsightFilters {
  /** first day of the period, YYYY-MM-DD (the incident's start) */
  from?: string;
  /** last day of the period, YYYY-MM-DD */
  to?: string;
  provider?: string;
  origin?: "own" | "public";
  severity?: Severity | "unrated";
}

export const insightFilterNames = ["from", "to", "provider", "origin", "severity"] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, "is not a day of the calendar");

const schema = z.object({
  from: day.optional(),
  to: day.optional(),
  provider: z.string().trim().max(100, "must be at most 100 characters").optional(),
  origin: z.enum(["own", "public"], "must be own or public").optional(),
  severity: z.enum([...Object.values(Severity), "unrated"], "must be SEV1, SEV2, SEV3, SEV4 or unrated").optional(),
});

export interface FilterError {
  field: string;
  message: string;
}

/**
 * The filters from URL parameters. Empty values mean "any" (what a GET form sends for an unset field); a
 * value that is not understood is left out and named in `errors`, so the page can say which field is wrong.
 */
export function parseInsightFilters(params: URLSearchParams): { filters: InsightFilters; errors: FilterError[] } {
  const filters: InsightFilters = {};
  const errors: FilterError[] = [];
  for (const name of insightFilterNames) {
    const raw = params.get(name)?.trim();
    if (!raw) continue;
    const parsed = schema.shape[name].safeParse(raw);
    if (parsed.success) Object.assign(filters, { [name]: parsed.data });
    else errors.push({ field: name, message: `${name} ${parsed.error.issues[0]?.message ?? "is not valid"}` });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.push({ field: "to", message: "to must not be before from" });
    delete filters.to;
  }
  return { filters, errors };
}

/** The query string of these filters (no leading "?"), for links and CSV downloads. */
export function insightQuery(filters: InsightFilters): string {
  const params = new URLSearchParams();
  for (const name of insightFilterNames) if (filters[name]) params.set(name, filters[name]);
  return params.toString();
}

/** URLSearchParams from a page's searchParams object (first value of a repeated parameter). */
export function searchParamsOf(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}
