import { z } from "zod";

import {
  ActionItemPriority,
  ActionItemStatus,
  DiagramKind,
  FactorKind,
  PostmortemOrigin,
  PostmortemStatus,
  Severity,
  TimelineEventKind,
} from "@/lib/generated/prisma/enums";

import {
  dateSchema,
  enumValues,
  dateTimeSchema,
  inYearRange,
  markdownText,
  optionalText,
  requiredText,
  slugSchema,
  timeZoneSchema,
  urlSchema,
  yearRange,
} from "./common";

// The enums are declared once, in prisma/schema.prisma; these are the generated values in schema order.
export const postmortemStatuses = enumValues(PostmortemStatus);
export const postmortemOrigins = enumValues(PostmortemOrigin);
export const severities = enumValues(Severity);
export const timelineEventKinds = enumValues(TimelineEventKind);
export const factorKinds = enumValues(FactorKind);
export const actionItemStatuses = enumValues(ActionItemStatus);
/** urgent, high, medium, low: the follow-up levels of Linear and incident.io; medium when a file or body leaves it out. */
export const actionItemPriorities = enumValues(ActionItemPriority);
export const diagramKinds = enumValues(DiagramKind);

/**
 * How many items each list of a postmortem may hold: several times what the largest real
 * postmortem has (docs/content-format.md), so a list this long is a mistake or an attack.
 */
export const MAX_ITEMS = {
  timeline: 1_000,
  factors: 200,
  actionItems: 500,
  signatures: 200,
  diagrams: 50,
  references: 200,
  sources: 50,
  authors: 50,
  tags: 50,
  components: 100,
  patterns: 50,
  limits: 100,
} as const;

const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { error: "must be a list" }).max(max, { error: `at most ${max.toLocaleString("en")} items` });

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(", ")}` });

export const timelineEventSchema = z
  .strictObject({
    at: dateTimeSchema.optional(),
    label: optionalText(80),
    approximate: z.boolean({ error: "must be true or false" }).default(false),
    kind: oneOf(timelineEventKinds),
    actor: optionalText(200),
    description: requiredText(5_000),
  })
  .refine((event) => event.at !== undefined || event.label !== undefined, {
    error: 'needs `at` (a date-time) or `label` (e.g. "~10:15" or "day 2")',
    path: ["at"],
  });

export const contributingFactorSchema = z.strictObject({
  kind: oneOf(factorKinds),
  text: requiredText(5_000),
});

export const actionItemSchema = z.strictObject({
  title: requiredText(500),
  owner: optionalText(200),
  status: oneOf(actionItemStatuses).default("open"),
  priority: oneOf(actionItemPriorities).default("medium"),
  dueDate: dateSchema.optional(),
  /** the tracker issue (Jira, GitHub, Linear, ...) */
  link: urlSchema.optional(),
});

export const postmortemLimitSchema = z.strictObject({
  limit: slugSchema,
  observed: optionalText(200),
  raisedTo: optionalText(200),
  note: optionalText(2_000),
});

export const errorSignatureSchema = z.strictObject({
  text: requiredText(5_000),
  source: requiredText(200),
  note: optionalText(2_000),
});

export const diagramSchema = z.strictObject({
  kind: oneOf(diagramKinds),
  caption: requiredText(500),
  source: requiredText(20_000),
});

export const referenceSchema = z.strictObject({
  title: requiredText(500),
  url: urlSchema.optional(),
  publishedOn: optionalText(40),
  note: optionalText(2_000),
});

export const sourceSchema = z.strictObject({
  title: requiredText(500),
  url: urlSchema,
});

/** "2019", "2019-01" or "2019-01-15": a start date known only that far. */
export const partialDateSchema = z
  .string({ error: 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, { error: 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .refine((value) => value.length < 10 || z.iso.date().safeParse(value).success, { error: "not a calendar date" })
  .refine(inYearRange, yearRange);

export const postmortemPatternSchema = z.union(
  [
    slugSchema.transform((slug) => ({ slug, note: undefined as string | undefined })),
    z.strictObject({ slug: slugSchema, note: optionalText(2_000) }),
  ],
  { error: "must be a pattern slug or { slug, note }" },
);

export const environmentSchema = z.strictObject({
  cloudProvider: optionalText(80),
  region: optionalText(80),
  platform: optionalText(120),
  components: listOf(requiredText(120), MAX_ITEMS.components).default([]),
});

const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k))
        ctx.addIssue({ code: "custom", path: [index], message: `duplicate ${what} "${k}" (also at [${seen.get(k)}])` });
      else seen.set(k, index);
    });
  };

/**
 * The one schema of a postmortem: content files (front matter + sections),
 * the JSON API and the editor form all validate with it.
 */
export const postmortemSchema = z
  .strictObject({
    slug: slugSchema,
    title: requiredText(300),
    summary: requiredText(5_000),
    status: oneOf(postmortemStatuses).default("draft"),
    /** left out: unrated, which only a public incident may be (see below) */
    severity: oneOf(severities).optional(),
    origin: oneOf(postmortemOrigins).default("own"),
    organization: optionalText(200),
    occurredOn: partialDateSchema.optional(),
    sources: listOf(sourceSchema, MAX_ITEMS.sources).default([]),
    startedAt: dateTimeSchema.optional(),
    detectedAt: dateTimeSchema.optional(),
    mitigatedAt: dateTimeSchema.optional(),
    resolvedAt: dateTimeSchema.optional(),
    timeZone: timeZoneSchema.default("UTC"),
    environment: environmentSchema.prefault({}),
    authors: listOf(requiredText(200), MAX_ITEMS.authors).default([]),
    tags: listOf(
      requiredText(60).transform((tag) => tag.toLowerCase()),
      MAX_ITEMS.tags,
    )
      .default([])
      .superRefine(uniqueBy((t) => t, "tag")),
    patterns: listOf(postmortemPatternSchema, MAX_ITEMS.patterns)
      .default([])
      .superRefine(uniqueBy((p) => p.slug, "pattern")),
    timeline: listOf(timelineEventSchema, MAX_ITEMS.timeline).default([]),
    factors: listOf(contributingFactorSchema, MAX_ITEMS.factors).default([]),
    actionItems: listOf(actionItemSchema, MAX_ITEMS.actionItems).default([]),
    limits: listOf(postmortemLimitSchema, MAX_ITEMS.limits)
      .default([])
      .superRefine(uniqueBy((l) => l.limit, "limit")),
    signatures: listOf(errorSignatureSchema, MAX_ITEMS.signatures).default([]),
    diagrams: listOf(diagramSchema, MAX_ITEMS.diagrams).default([]),
    references: listOf(referenceSchema, MAX_ITEMS.references).default([]),
    impact: markdownText,
    trigger: markdownText,
    rootCause: markdownText,
    detection: markdownText,
    resolution: markdownText,
    wentWell: markdownText,
    wentWrong: markdownText,
    gotLucky: markdownText,
  })
  .superRefine((pm, ctx) => {
    // A team rates its own incidents; a public source rarely does, so a public one may stay unrated.
    if (pm.origin === "own" && pm.severity === undefined)
      ctx.addIssue({ code: "custom", path: ["severity"], message: "required" });
    if (pm.origin === "public" && pm.sources.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["sources"],
        message: "a public postmortem needs at least one source link",
      });
    if (pm.origin === "public" && !pm.organization)
      ctx.addIssue({ code: "custom", path: ["organization"], message: "a public postmortem needs the organization" });
    const start = pm.startedAt ? Date.parse(pm.startedAt) : undefined;
    if (start === undefined) return;
    for (const field of ["detectedAt", "mitigatedAt", "resolvedAt"] as const) {
      const value = pm[field];
      if (value && Date.parse(value) < start)
        ctx.addIssue({ code: "custom", path: [field], message: "is before startedAt" });
    }
  });

export type PostmortemInput = z.input<typeof postmortemSchema>;
export type PostmortemData = z.output<typeof postmortemSchema>;
export type TimelineEventData = PostmortemData["timeline"][number];
export type ActionItemData = PostmortemData["actionItems"][number];

/** `?origin=own|public` of a page's URL; anything else (or nothing) means both. */
export function parseOriginFilter(value: unknown): PostmortemData["origin"] | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return (postmortemOrigins as readonly unknown[]).includes(text) ? (text as PostmortemData["origin"]) : undefined;
}
