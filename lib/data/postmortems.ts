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
