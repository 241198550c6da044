import "server-only";

import { readDb } from "@/lib/db";
import { visiblePostmortems } from "@/lib/postmortems/visibility";
import type { Severity } from "@/lib/generated/prisma/client";
import { deriveDurations } from "@/lib/postmortems/durations";
import { incidentOriginSelect, newestIncidentFirst, type IncidentOrigin } from "@/lib/postmortems/include";

// Catalog pages count and list what a reader without an account may see.
const published = { postmortem: visiblePostmortems(null) };

export interface PatternListItem {
  slug: string;
  name: string;
  summary: string;
  /** published postmortems that show the pattern */
  occurrences: number;
}

export interface RelatedPattern {
  slug: string;
  name: string;
  summary: string;
}

export interface PatternIncident extends IncidentOrigin {
  slug: string;
  title: string;
  severity: Severity | null;
  /** markdown */
  trigger: string;
  /** how the pattern shows in this incident (markdown), if the postmortem says */
  note: string | null;
  /** time to mitigate in ms, null when a timestamp is unknown */
  ttm: number | null;
  /** ttm comes from times of day in the timeline, not from timestamps */
  ttmApproximate: boolean;
}

export interface FailurePatternPage {
  slug: string;
  name: string;
  summary: string;
  mechanism: string;
  detectionSignals: string;
  mitigations: string;
  prevention: string;
  related: RelatedPattern[];
  /** newest incident first, unknown dates last */
  incidents: PatternIncident[];
  /** incidents per year of their start (in their time zone), oldest first; year null for unknown dates, last */
  recurrence: YearCount[];
}

export interface YearCount {
  year: number | null;
  count: number;
}

/** Every failure pattern with its number of published postmortems, most frequent first, then by name. */
export async function listPatterns(): Promise<PatternListItem[]> {
  const patterns = await readDb.failurePattern.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, summary: true, _count: { select: { postmortems: { where: published } } } },
  });
  // The count is filtered (published only), which Prisma cannot order by; the catalog is small.
  return patterns
    .map(({ _count, ...pattern }) => ({ ...pattern, occurrences: _count.postmortems }))
    .sort((a, b) => b.occurrences - a.occurrences || a.name.localeCompare(b.name));
}

const relatedSelect = { slug: true, name: true, summary: true } as const;

/** A pattern with its related patterns (either direction) and every published postmortem that shows it; null when unknown. */
export async function getPatternBySlug(slug: string): Promise<FailurePatternPage | null> {
  const pattern = await readDb.failurePattern.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      summary: true,
      mechanism: true,
      detectionSignals: true,
      mitigations: true,
      prevention: true,
      relatedTo: { select: { to: { select: relatedSelect } } },
      relatedFrom: { select: { from: { select: relatedSelect } } },
      postmortems: {
        where: published,
        orderBy: [...newestIncidentFirst.map((order) => ({ postmortem: order })), { postmortem: { title: "asc" } }],
        select: {
          note: true,
          postmortem: {
            select: {
              slug: true,
              title: true,
              severity: true,
              ...incidentOriginSelect,
              mitigatedAt: true,
              trigger: true,
              timeline: { orderBy: { position: "asc" }, select: { kind: true, at: true, label: true } },
            },
          },
        },
      },
    },
  });
  if (!pattern) return null;

  const { relatedTo, relatedFrom, postmortems, ...fields } = pattern;
  const related = new Map<string, RelatedPattern>();
  for (const other of [...relatedTo.map((r) => r.to), ...relatedFrom.map((r) => r.from)]) {
    if (other.slug !== pattern.slug) related.set(other.slug, other);
  }

  const incidents = postmortems.map(({ note, postmortem: { mitigatedAt, timeline, ...pm } }) => {
    const { ttm, basis } = deriveDurations({
      startedAt: pm.startedAt,
      detectedAt: null,
      mitigatedAt,
      resolvedAt: null,
      timeline,
    });
    return { ...pm, note: note?.trim() ? note : null, ttm, ttmApproximate: basis === "times-of-day" };
  });
  return {
    ...fields,
    related: [...related.values()].sort((a, b) => a.name.localeCompare(b.name)),
    incidents,
    recurrence: countByYear(incidents),
  };
}

/** Incidents per year of their start, oldest first, unknown dates (year null) last. */
export function countByYear(
  incidents: { occurredOn: Date | null; startedAt: Date | null; timeZone: string }[],
): YearCount[] {
  const counts = new Map<number | null, number>();
  for (const { occurredOn, startedAt, timeZone } of incidents) {
    const year = occurredOn ? occurredOn.getUTCFullYear() : startedAt ? yearIn(startedAt, timeZone) : null;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}

function yearIn(date: Date, timeZone: string): number {
  try {
    return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(date));
  } catch {
    return date.getUTCFullYear(); // an unknown time zone name
  }
}

/** Every pattern's slug, name and last change: what "Save for offline" downloads. */
export async function listPatternStamps(): Promise<Array<{ slug: string; name: string; updatedAt: Date }>> {
  return readDb.failurePattern.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, updatedAt: true },
  });
}

/** A pattern's slug and name (its feed's title), or null when there is none by that slug. */
export async function findPatternName(slug: string): Promise<{ slug: string; name: string } | null> {
  return readDb.failurePattern.findUnique({ where: { slug }, select: { slug: true, name: true } });
}
