import "server-only";

import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

import type { CurrentPostmortem } from "./errors";
import { incidentOriginSelect, newestIncidentFirst, postmortemInclude, type PostmortemRecord } from "./include";
import { readCurrent } from "./read-postmortem";
import { canRead, visiblePostmortems } from "./visibility";

const listSelect = {
  slug: true,
  title: true,
  summary: true,
  severity: true,
  status: true,
  ...incidentOriginSelect,
  mitigatedAt: true,
  createdAt: true,
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
  origin?: PostmortemData["origin"];
}

/** The postmortems a reader without an account sees, newest incident first. */
export async function listPostmortems(filter: PostmortemListFilter = {}): Promise<PostmortemListItem[]> {
  return db.postmortem.findMany({
    where: {
      ...visiblePostmortems(null),
      ...(filter.tag ? { tags: { some: { tag: { name: filter.tag } } } } : {}),
      ...(filter.component ? { components: { has: filter.component } } : {}),
      ...(filter.origin ? { origin: filter.origin } : {}),
    },
    orderBy: [...newestIncidentFirst, { createdAt: "desc" }],
    select: listSelect,
  });
}

export type PostmortemPage = PostmortemRecord;

/** A published postmortem with every part, for its page; null when there is none. */
export async function getPostmortemBySlug(slug: string): Promise<PostmortemPage | null> {
  return db.postmortem.findFirst({ where: { slug, ...visiblePostmortems(null) }, include: postmortemInclude });
}

export interface PostmortemRef {
  id: string;
  slug: string;
  status: PostmortemData["status"];
  version: number;
}

/** A postmortem's identity and state when `user` may see it, else null. */
export async function findPostmortemRef(
  slug: string,
  user: Pick<SessionUser, "role"> | null,
): Promise<PostmortemRef | null> {
  const ref = await db.postmortem.findUnique({
    where: { slug },
    select: { id: true, slug: true, status: true, version: true },
  });
  return ref && canRead(ref.status, user) ? ref : null;
}

/** The postmortem for the editor (GET /api/postmortems/<slug>), when `user` may see it. */
export async function getPostmortemForEditing(
  slug: string,
  user: Pick<SessionUser, "role"> | null,
): Promise<CurrentPostmortem | null> {
  const ref = await findPostmortemRef(slug, user);
  return ref ? readCurrent(db, ref.id) : null;
}
