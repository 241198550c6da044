import { z } from "zod";

export const slugSchema = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .max(120, { error: "at most 120 characters" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: "must be lowercase letters, digits and single hyphens (e.g. slb-quota-release-outage)",
  });

/**
 * Why a string cannot be stored as it is, if it cannot: PostgreSQL text has no U+0000,
 * and a lone surrogate is not Unicode at all (the driver would write U+FFFD in its place).
 * Every text field refuses both; lib/api/parse.ts applies the same rule to whole bodies.
 */
export function unstorableText(value: string): string | undefined {
  if (value.includes("\u0000")) return "must not contain a NUL character (U+0000)";
  if (!value.isWellFormed()) return "is not valid Unicode (it has a lone surrogate)";
  return undefined;
}

/** z.string() that refuses what unstorableText refuses; missing (or null: `title:` in YAML) is "required", another type "must be text". */
const storableString = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : "must be text") })
    .check((ctx) => {
      const problem = unstorableText(ctx.value);
      if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
    });

/** Dates PostgreSQL and every reader's calendar agree on: none of our incidents is older than Unix time. */
export const EARLIEST_YEAR = 1970;
export const LATEST_YEAR = 2100;
export const inYearRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
};
/** The range rule, said only of a value that is a date at all (otherwise the format's error says it). */
export const yearRange = {
  error: `must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}`,
  when: (payload: { issues: unknown[] }) => payload.issues.length === 0,
};

export const dateTimeSchema = z.iso
  .datetime({
    offset: true,
    error: "not a date: use an ISO 8601 date-time with offset, e.g. 2021-03-05T10:15:00+08:00",
  })
  .refine(inYearRange, yearRange);

export const dateSchema = z.iso.date({ error: "not a date: use YYYY-MM-DD" }).refine(inYearRange, yearRange);

export const urlSchema = z.url({ protocol: /^https?$/, error: "not an http(s) URL" });

export const requiredText = (max = 20_000) =>
  storableString("required")
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: `at most ${max} characters` });

export const optionalText = (max = 2_000) =>
  storableString("must be text")
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .optional()
    .transform((value) => (value ? value : undefined));

/** Markdown prose: empty is allowed, stored as "". */
export const markdownText = storableString("must be text")
  .max(100_000, { error: "at most 100,000 characters" })
  .default("")
  .transform((value) => value.trim());

export const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: "not a known IANA time zone (e.g. Asia/Shanghai, UTC)" },
);

/** The values of a generated Prisma enum object as a non-empty tuple, for z.enum. */
export function enumValues<const T extends Record<string, string>>(values: T): [T[keyof T], ...T[keyof T][]] {
  return Object.values(values) as [T[keyof T], ...T[keyof T][]];
}
