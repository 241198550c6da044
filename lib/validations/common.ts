import { z } from "zod";

export const slugSchema = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .max(120, { error: "at most 120 characters" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: "must be lowercase letters, digits and single hyphens (e.g. slb-quota-release-outage)",
  });

export const dateTimeSchema = z.iso.datetime({
  offset: true,
  error: "not a date: use an ISO 8601 date-time with offset, e.g. 2021-03-05T10:15:00+08:00",
});

export const dateSchema = z.iso.date({ error: "not a date: use YYYY-MM-DD" });

export const urlSchema = z.url({ protocol: /^https?$/, error: "not an http(s) URL" });

export const requiredText = (max = 20_000) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: `at most ${max} characters` });

export const optionalText = (max = 2_000) =>
  z
    .string({ error: "must be text" })
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .optional()
    .transform((value) => (value ? value : undefined));

/** Markdown prose: empty is allowed, stored as "". */
export const markdownText = z
  .string({ error: "must be text" })
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
