import "server-only";

import { canEdit, type SessionUser } from "@/lib/auth/roles";
import { db, readDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

import type { CurrentPostmortem } from "./errors";
import { incidentOriginSelect, newestIncidentFirst, postmortemInclude, type PostmortemRecord } from "./include";
import {
  findPendingProposalOf,
  getProposalDetail,
  listProposals,
  type ProposalDetail,
  type ProposalSummary,
} from "./proposals";
import { readCurrent } from "./read-postmortem";
import { snapshotData } from "./revisions";
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
  return readDb.postmortem.findMany({
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
  return readDb.postmortem.findFirst({ where: { slug, ...visiblePostmortems(null) }, include: postmortemInclude });
}

/** Any postmortem `reader` may see, with every part: the read URL of a draft or one in review (app/(kb)/unpublished). */
export async function getReadablePostmortemBySlug(
  slug: string,
  reader: Pick<SessionUser, "role"> | null,
): Promise<PostmortemPage | null> {
  return db.postmortem.findFirst({ where: { slug, ...visiblePostmortems(reader) }, include: postmortemInclude });
}

/** Only the status (null: no such postmortem): proxy.ts asks it to send a signed-in reader of a draft to its live page. */
export async function findPostmortemStatus(slug: string): Promise<PostmortemData["status"] | null> {
  const row = await db.postmortem.findUnique({ where: { slug }, select: { status: true } });
  return row?.status ?? null;
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

export interface EditingPostmortem extends CurrentPostmortem {
  /** the caller's own change awaiting review, if any: the editor continues it (PUT with its `baseVersion`) */
  proposal: (ProposalSummary & { postmortem: PostmortemData }) | null;
}

/** The postmortem for the editor (GET /api/postmortems/<slug>), when `user` may see it. */
export async function getPostmortemForEditing(
  slug: string,
  user: Pick<SessionUser, "id" | "role"> | null,
): Promise<EditingPostmortem | null> {
  const ref = await findPostmortemRef(slug, user);
  if (!ref) return null;
  const current = await readCurrent(db, ref.id);
  const pending = user && canEdit(user.role) ? await findPendingProposalOf(db, ref.id, user.id) : null;
  if (!pending) return { ...current, proposal: null };
  const { snapshot, ...summary } = pending;
  return { ...current, proposal: { ...summary, postmortem: snapshotData(snapshot) } };
}

/** A postmortem's proposals when `user` may see it (authors and above: routes and pages ask requireRole first). */
export async function listPostmortemProposals(
  slug: string,
  user: Pick<SessionUser, "role"> | null,
  status?: ProposalSummary["status"],
): Promise<ProposalSummary[] | null> {
  const ref = await findPostmortemRef(slug, user);
  return ref && canEdit(user?.role) ? listProposals(db, ref.id, status) : null;
}

/** One proposal with its content and the published version beside it, for the review page. */
export async function getPostmortemProposal(
  slug: string,
  id: string,
  user: Pick<SessionUser, "role"> | null,
): Promise<ProposalDetail | null> {
  const ref = await findPostmortemRef(slug, user);
  return ref && canEdit(user?.role) ? getProposalDetail(db, ref.id, id) : null;
}

/** Every published postmortem's slug, title and last change: what "Save for offline" downloads. */
export async function listPublishedPostmortemStamps(): Promise<
  Array<{ slug: string; title: string; updatedAt: Date }>
> {
  return readDb.postmortem.findMany({
    where: visiblePostmortems(null),
    orderBy: [...newestIncidentFirst, { createdAt: "desc" }],
    select: { slug: true, title: true, updatedAt: true },
  });
}

export interface FeedFilter {
  pattern?: string;
  component?: string;
}

/** The published postmortems of a feed, last changed first (never a draft, whoever asks). */
export async function listFeedPostmortems(filter: FeedFilter, take: number) {
  return readDb.postmortem.findMany({
    where: {
      ...visiblePostmortems(null),
      ...(filter.pattern ? { patterns: { some: { pattern: { slug: filter.pattern } } } } : {}),
      ...(filter.component ? { components: { has: filter.component } } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take,
    select: { slug: true, title: true, summary: true, authors: true, createdAt: true, updatedAt: true },
  });
}

export type FeedPostmortem = Awaited<ReturnType<typeof listFeedPostmortems>>[number];
