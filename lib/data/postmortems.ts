import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const listSelect = {
  slug: true,
  title: true,
  summary: true,
  severity: true,
  status: true,
  startedAt: true,
  mitigatedAt: true,
  createdAt: true,
  timeZone: true,
  cloudProvider: true,
  platform: true,
  components: true,
  patterns: { orderBy: { position: "asc" }, select: { pattern: { select: { slug: true, name: true } } } },
  tags: { select: { tag: { select: { name: true } } } },
} satisfies Prisma.PostmortemSelect;

export type PostmortemListItem = Prisma.PostmortemGetPayload<{ select: typeof listSelect }>;

export interface PostmortemListFilter {
  tag?: string;
  component?: string;
}

/** Published postmortems, newest incident first. */
export async function listPostmortems(filter: PostmortemListFilter = {}): Promise<PostmortemListItem[]> {
  return db.postmortem.findMany({
    where: {
      status: "published",
      ...(filter.tag ? { tags: { some: { tag: { name: filter.tag } } } } : {}),
      ...(filter.component ? { components: { has: filter.component } } : {}),
    },
    orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: listSelect,
  });
}

const pageInclude = {
  timeline: { orderBy: { position: "asc" } },
  factors: { orderBy: { position: "asc" } },
  actionItems: { orderBy: { position: "asc" } },
  limits: { orderBy: { position: "asc" }, include: { limit: true } },
  signatures: { orderBy: { position: "asc" } },
  diagrams: { orderBy: { position: "asc" } },
  references: { orderBy: { position: "asc" } },
  patterns: {
    orderBy: { position: "asc" },
    include: { pattern: { select: { slug: true, name: true, summary: true } } },
  },
  tags: { include: { tag: true } },
} satisfies Prisma.PostmortemInclude;

export type PostmortemPage = Prisma.PostmortemGetPayload<{ include: typeof pageInclude }>;

/** A published postmortem with every part, for its page; null when there is none. */
export async function getPostmortemBySlug(slug: string): Promise<PostmortemPage | null> {
  return db.postmortem.findFirst({ where: { slug, status: "published" }, include: pageInclude });
}
