import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostmortemStatus, Severity } from "@/lib/generated/prisma/enums";

export interface QueueItem {
  slug: string;
  title: string;
  status: PostmortemStatus;
  severity: Severity | null;
  /** the names on the postmortem (its `authors`), else who wrote its revisions */
  authors: string[];
  /** when it was submitted for review (its latest status revision), else its last change */
  since: Date;
  updatedAt: Date;
  comments: number;
}

export interface PendingProposalItem {
  id: string;
  slug: string;
  title: string;
  author: string | null;
  since: Date;
}

const queueSelect = {
  slug: true,
  title: true,
  status: true,
  severity: true,
  authors: true,
  updatedAt: true,
  _count: { select: { comments: true } },
  revisions: {
    orderBy: { version: "desc" },
    select: { kind: true, createdAt: true, author: { select: { name: true } } },
  },
} satisfies Prisma.PostmortemSelect;

type QueueRow = Awaited<ReturnType<typeof findQueueRows>>[number];

function findQueueRows(where: Prisma.PostmortemWhereInput) {
  return db.postmortem.findMany({ where, select: queueSelect });
}

function toItem(row: QueueRow): QueueItem {
  const submitted = row.revisions.find((r) => r.kind === "status");
  const writers = [...new Set(row.revisions.flatMap((r) => (r.author ? [r.author.name] : [])))];
  return {
    slug: row.slug,
    title: row.title,
    status: row.status,
    severity: row.severity,
    authors: row.authors.length ? row.authors : writers,
    since: submitted?.createdAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    comments: row._count.comments,
  };
}

const oldestFirst = (a: QueueItem, b: QueueItem) =>
  a.since.getTime() - b.since.getTime() || a.slug.localeCompare(b.slug);

/** The reviewers' queue: postmortems in review, the one waiting longest first. */
export async function listReviewQueue(): Promise<QueueItem[]> {
  return (await findQueueRows({ status: "in_review" })).map(toItem).sort(oldestFirst);
}

/** Changes proposed to published postmortems, awaiting a reviewer, oldest first. */
export async function listPendingProposals(): Promise<PendingProposalItem[]> {
  const rows = await db.postmortemProposal.findMany({
    where: { status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      author: { select: { name: true } },
      postmortem: { select: { slug: true, title: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.postmortem.slug,
    title: r.postmortem.title,
    author: r.author?.name ?? null,
    since: r.createdAt,
  }));
}

/** An author's unpublished work: drafts and postmortems in review with a revision of theirs, latest change first. */
export async function listMyDrafts(userId: string): Promise<QueueItem[]> {
  const rows = await findQueueRows({
    status: { in: ["draft", "in_review"] },
    revisions: { some: { authorId: userId } },
  });
  return rows.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.slug.localeCompare(b.slug)).map(toItem);
}
