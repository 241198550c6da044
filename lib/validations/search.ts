import { z } from "zod";

import { slugSchema } from "./common";
import { safeParseParameters, type ParamError } from "./format-issues";
import { postmortemOrigins, postmortemStatuses, severities } from "./postmortem";
import { searchKinds } from "./search-filters";

export { searchFilterNames, searchKinds, type SearchFilterName, type SearchKindParam } from "./search-filters";

// Query-string values: an empty parameter (`provider=`) means "not given".
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema);

const filterText = z
  .string()
  .transform((value) => value.toWellFormed().trim())
  .pipe(
    z
      .string()
      .min(1, { error: "must not be blank" })
      .max(120, { error: "at most 120 characters" })
      .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: "must not contain control characters" }),
  );

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
      error: `must be a whole number from ${min} to ${max}`,
    });

/**
 * GET /api/search parameters. `q` has no length limit here: searchEverything
 * cuts it to MAX_QUERY_BYTES and says so in `notices`. Unknown parameters are ignored.
 */
export const searchParamsSchema = z.object({
  q: z.string().default(""),
  pattern: param(slugSchema.optional()),
  provider: param(filterText.optional()),
  platform: param(filterText.optional()),
  component: param(filterText.optional()),
  severity: param(
    z
      .string()
      .transform((value) => value.trim().toUpperCase())
      .pipe(z.enum(severities, { error: `must be one of: ${severities.join(", ")}` }))
      .optional(),
  ),
  status: param(
    z
      .enum([...postmortemStatuses, "any"], { error: `must be one of: ${[...postmortemStatuses, "any"].join(", ")}` })
      .default("published"),
  ),
  year: param(wholeNumber(1970, 2100).optional()),
  kind: param(z.enum(searchKinds, { error: `must be one of: ${searchKinds.join(", ")}` }).optional()),
  origin: param(z.enum(postmortemOrigins, { error: `must be one of: ${postmortemOrigins.join(", ")}` }).optional()),
  limit: param(wholeNumber(1, 50).default(10)),
  offset: param(wholeNumber(0, 500).default(0)),
});

export type SearchParams = z.output<typeof searchParamsSchema>;
export type SearchParamsInput = z.input<typeof searchParamsSchema>;

/** Validates URL search parameters (first value of each name) into SearchParams or the first problem. */
export function parseSearchParams(params: URLSearchParams): { data: SearchParams } | { error: ParamError } {
  return parseSearchInput(firstValues(params));
}

/** Validates a JSON body (or the object built from a query string) into SearchParams or the first problem. */
export function parseSearchInput(input: unknown): { data: SearchParams } | { error: ParamError } {
  return safeParseParameters(input, searchParamsSchema);
}

/** The first value of each name in a query string (later repeats are ignored). */
export function firstValues(params: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of params) values[key] ??= value;
  return values;
}
