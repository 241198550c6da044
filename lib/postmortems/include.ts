import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one shape a postmortem is loaded in: its page, the editor, revision
 * snapshots, content export and its search document all read this.
 */
export const postmortemInclude = {
  timeline: { orderBy: { position: "asc" } },
  factors: { orderBy: { position: "asc" } },
  actionItems: { orderBy: { position: "asc" } },
  limits: { orderBy: { position: "asc" }, include: { limit: true } },
  signatures: { orderBy: { position: "asc" } },
  diagrams: { orderBy: { position: "asc" } },
  references: { orderBy: { position: "asc" } },
  sources: { orderBy: { position: "asc" } },
  patterns: {
    orderBy: { position: "asc" },
    include: { pattern: { select: { slug: true, name: true, summary: true } } },
  },
  tags: { include: { tag: true } },
} satisfies Prisma.PostmortemInclude;

export type PostmortemRecord = Prisma.PostmortemGetPayload<{ include: typeof postmortemInclude }>;

/** Where an incident comes from and when it happened, for every list that shows incidents. */
export const incidentOriginSelect = {
  origin: true,
  organization: true,
  occurredOn: true,
  occurredPrecision: true,
  startedAt: true,
  timeZone: true,
} satisfies Prisma.PostmortemSelect;

export type IncidentOrigin = Prisma.PostmortemGetPayload<{ select: typeof incidentOriginSelect }>;

/** Newest incident first: by the known date, then the start time, then when it was written. */
export const newestIncidentFirst = [
  { occurredOn: { sort: "desc", nulls: "last" } },
  { startedAt: { sort: "desc", nulls: "last" } },
] satisfies Prisma.PostmortemOrderByWithRelationInput[];
