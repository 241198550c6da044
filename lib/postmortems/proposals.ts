// Proposed changes to published postmortems (no "server-only": the writes run inside a use case's transaction).
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { Prisma, PrismaClient, ProposalStatus } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { postmortemKind } from "@/lib/content/formats";
import { serializeContent } from "@/lib/content/serialize";

import { toJson } from "./mapping";
import { readPostmortemData } from "./read-postmortem";
import { snapshotData } from "./revisions";

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * The review rule: a change to a published postmortem by someone below
 * reviewer is a proposal, not a write. Drafts and postmortems in review are
 * edited directly; reviewers and admins publish directly.
 */
export function needsReview(status: PostmortemData["status"], user: Pick<SessionUser, "role">): boolean {
  return status === "published" && !hasRole(user.role, "reviewer");
}

export interface ProposalSummary {
  id: string;
  status: ProposalStatus;
  /** the version the change was made on; approving needs it to be the current one */
  baseVersion: number;
  /** bumped by every update: approve and reject name the one they read */
  revision: number;
  authorId: string | null;
  author: { name: string } | null;
  reviewer: { name: string } | null;
  reviewComment: string | null;
  /** the version the approval wrote */
  appliedVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
  decidedAt: Date | null;
}

export interface ProposalWithSnapshot extends ProposalSummary {
  snapshot: unknown;
}

export const proposalSelect = {
  id: true,
  status: true,
  baseVersion: true,
  revision: true,
  authorId: true,
  author: { select: { name: true } },
  reviewer: { select: { name: true } },
  reviewComment: true,
  appliedVersion: true,
  createdAt: true,
  updatedAt: true,
  decidedAt: true,
} satisfies Prisma.PostmortemProposalSelect;

/** A postmortem's proposals, newest first (`status` to only list, say, the pending ones). */
export function listProposals(db: Db, postmortemId: string, status?: ProposalStatus): Promise<ProposalSummary[]> {
  return db.postmortemProposal.findMany({
    where: { postmortemId, ...(status ? { status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: proposalSelect,
  });
}

export function findProposal(db: Db, postmortemId: string, id: string): Promise<ProposalWithSnapshot | null> {
  return db.postmortemProposal.findFirst({
    where: { id, postmortemId },
    select: { ...proposalSelect, snapshot: true },
  });
}

export interface ProposalDetail extends ProposalSummary {
  postmortem: PostmortemData;
  /** the content-file form, for the diff */
  text: string;
  /** what readers see now: the diff is against it */
  published: { version: number; text: string };
}

/** A proposal with its content and the postmortem as stored now, both as content files (the history's diff). */
export async function getProposalDetail(db: Db, postmortemId: string, id: string): Promise<ProposalDetail | null> {
  const found = await findProposal(db, postmortemId, id);
  if (!found) return null;
  const { snapshot, ...summary } = found;
  const postmortem = snapshotData(snapshot);
  const { version } = await db.postmortem.findUniqueOrThrow({ where: { id: postmortemId }, select: { version: true } });
  const current = await readPostmortemData(db, postmortemId);
  return {
    ...summary,
    postmortem,
    text: serializeContent(postmortemKind, postmortem),
    published: { version, text: serializeContent(postmortemKind, current) },
  };
}

/** The pending proposal `authorId` has on a postmortem (at most one), with its content. */
export function findPendingProposalOf(
  db: Db,
  postmortemId: string,
  authorId: string,
): Promise<ProposalWithSnapshot | null> {
  return db.postmortemProposal.findFirst({
    where: { postmortemId, authorId, status: "pending" },
    select: { ...proposalSelect, snapshot: true },
  });
}

/**
 * Records `data` as `authorId`'s proposed change based on `baseVersion`: a new
 * proposal, or their pending one updated (its revision bumped). The caller
 * holds the postmortem's row lock, so two saves of one author cannot both create.
 */
export async function writeProposal(
  tx: Prisma.TransactionClient,
  input: { postmortemId: string; baseVersion: number; data: PostmortemData; authorId: string },
): Promise<ProposalSummary> {
  const pending = await tx.postmortemProposal.findFirst({
    where: { postmortemId: input.postmortemId, authorId: input.authorId, status: "pending" },
    select: { id: true },
  });
  const snapshot = toJson(input.data);
  if (pending)
    return tx.postmortemProposal.update({
      where: { id: pending.id },
      data: { snapshot, baseVersion: input.baseVersion, revision: { increment: 1 } },
      select: proposalSelect,
    });
  return tx.postmortemProposal.create({
    data: { postmortemId: input.postmortemId, authorId: input.authorId, baseVersion: input.baseVersion, snapshot },
    select: proposalSelect,
  });
}

/** Closes a pending proposal: approved (with the version it became) or rejected. */
export function decideProposal(
  tx: Prisma.TransactionClient,
  id: string,
  decision: { status: "approved" | "rejected"; reviewerId: string; comment: string | null; appliedVersion?: number },
): Promise<ProposalSummary> {
  return tx.postmortemProposal.update({
    where: { id },
    data: {
      status: decision.status,
      reviewerId: decision.reviewerId,
      reviewComment: decision.comment,
      appliedVersion: decision.appliedVersion ?? null,
      decidedAt: new Date(),
    },
    select: proposalSelect,
  });
}

/** The answer to a change that became a proposal (HTTP 202): the published version is unchanged. */
export interface PendingReview {
  status: "pending_review";
  version: number;
  proposal: ProposalSummary;
}

/** A use case's change to a published postmortem by an author, kept as their proposal (nothing else is written). */
export async function proposeChange(
  tx: Prisma.TransactionClient,
  row: { id: string; version: number },
  data: PostmortemData,
  user: Pick<SessionUser, "id">,
): Promise<PendingReview> {
  const proposal = await writeProposal(tx, { postmortemId: row.id, baseVersion: row.version, data, authorId: user.id });
  return { status: "pending_review", version: row.version, proposal };
}
