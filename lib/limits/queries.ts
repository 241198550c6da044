import "server-only";

import { readDb } from "@/lib/db";
import { incidentOriginSelect, newestIncidentFirst, type IncidentOrigin } from "@/lib/postmortems/include";
import { visiblePostmortems } from "@/lib/postmortems/visibility";
import type { Severity } from "@/lib/generated/prisma/client";

// Catalog pages count and list what a reader without an account may see.
const published = { postmortem: visiblePostmortems(null) };

export interface LimitListItem {
  id: string;
  provider: string;
  resource: string;
  name: string;
  defaultValue: string | null;
  unit: string | null;
  adjustable: boolean | null;
  /** published postmortems the limit contributed to */
  incidents: number;
}

export interface ProviderLimits {
  provider: string;
  limits: LimitListItem[];
}

export interface LimitIncident extends IncidentOrigin {
  slug: string;
  title: string;
  severity: Severity | null;
  observedValue: string | null;
  raisedTo: string | null;
  /** markdown */
  note: string | null;
}

export interface LimitPage {
  id: string;
  provider: string;
  resource: string;
  name: string;
  /** markdown */
  description: string;
  defaultValue: string | null;
  unit: string | null;
  adjustable: boolean | null;
  docUrl: string | null;
  /** newest incident first, unknown dates last */
  incidents: LimitIncident[];
}

async function listLimits(): Promise<LimitListItem[]> {
  const limits = await readDb.limit.findMany({
    orderBy: [{ provider: "asc" }, { name: "asc" }],
    select: {
      id: true,
      provider: true,
      resource: true,
      name: true,
      defaultValue: true,
      unit: true,
      adjustable: true,
      _count: { select: { postmortems: { where: published } } },
    },
  });
  return limits.map(({ _count, ...limit }) => ({ ...limit, incidents: _count.postmortems }));
}

/** The limits catalog grouped by provider, providers and limits by name. */
export async function listLimitsByProvider(): Promise<ProviderLimits[]> {
  const groups: ProviderLimits[] = [];
  for (const limit of await listLimits()) {
    const last = groups.at(-1);
    if (last?.provider === limit.provider) last.limits.push(limit);
    else groups.push({ provider: limit.provider, limits: [limit] });
  }
  return groups;
}

/** The n limits that contributed to the most published postmortems (at least one), then by name. */
export async function listTopLimits(n: number): Promise<LimitListItem[]> {
  // The count is filtered (published only), which Prisma cannot order by; the catalog is small.
  const limits = await listLimits();
  return limits
    .filter((limit) => limit.incidents > 0)
    .sort((a, b) => b.incidents - a.incidents || a.name.localeCompare(b.name))
    .slice(0, Math.max(0, n));
}

/** A limit with every published postmortem it contributed to; null when unknown. */
export async function getLimitById(id: string): Promise<LimitPage | null> {
  const limit = await readDb.limit.findUnique({
    where: { id },
    select: {
      id: true,
      provider: true,
      resource: true,
      name: true,
      description: true,
      defaultValue: true,
      unit: true,
      adjustable: true,
      docUrl: true,
      postmortems: {
        where: published,
        orderBy: [...newestIncidentFirst.map((order) => ({ postmortem: order })), { postmortem: { title: "asc" } }],
        select: {
          observedValue: true,
          raisedTo: true,
          note: true,
          postmortem: { select: { slug: true, title: true, severity: true, ...incidentOriginSelect } },
        },
      },
    },
  });
  if (!limit) return null;
  const { postmortems, ...fields } = limit;
  return {
    ...fields,
    incidents: postmortems.map(({ postmortem, ...link }) => ({ ...postmortem, ...link })),
  };
}

/** Every limit's id, name and last change: what "Save for offline" downloads. */
export async function listLimitStamps(): Promise<
  Array<{ id: string; provider: string; name: string; updatedAt: Date }>
> {
  return readDb.limit.findMany({
    orderBy: [{ provider: "asc" }, { name: "asc" }],
    select: { id: true, provider: true, name: true, updatedAt: true },
  });
}
