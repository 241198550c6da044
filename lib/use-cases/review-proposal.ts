import "server-only";

import { ApiError, conflict, notFound, unprocessable } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/postmortems/transaction";

import { PostmortemNotFoundError } from "@/lib/postmortems/errors";
import { lockPostmortem, type LockedPostmortem } from "@/lib/postmortems/locks";
import {
  decideProposal,
  findProposal,
  type ProposalSummary,
  type ProposalWithSnapshot,
} from "@/lib/postmortems/proposals";
import { checkReferences } from "@/lib/postmortems/references";
import { snapshotData } from "@/lib/postmortems/revisions";
import { inTransaction } from "@/lib/postmortems/transaction";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

type Reviewer = Pick<SessionUser, "id" | "name">;
type Decision = { revision: number; comment?: string };

/** A proposal made on a version that is no longer the current one: approving it would undo what came since. */
export class ProposalStaleError extends ApiError {
  constructor(proposal: ProposalSummary, currentVersion: number) {
    super(
      409,
      "proposal_stale",
      `This proposal was made on version ${proposal.baseVersion}, but the postmortem is now at version ${currentVersion}. ` +
        "Approving it would undo the changes made since: its author must open the editor, merge, and save again.",
      { extra: { proposal, current: { version: currentVersion } } },
    );
  }
}

/**
 * Approves a pending proposal: its content becomes a new version (revision
 * kind "approval", written by writeWithRevision, so the search documents
 * change in the same transaction). 409 when it is no longer pending, changed
 * since the reviewer read it (`revision`), or is based on an old version.
 */
export async function approveProposal(
  slug: string,
  id: string,
  body: Decision,
  user: Reviewer,
): Promise<{ version: number; proposal: ProposalSummary }> {
  return inTransaction(async (tx) => {
    const { row, proposal } = await pendingProposal(tx, slug, id, body.revision);
    if (proposal.baseVersion !== row.version) throw new ProposalStaleError(proposal, row.version);
    const data = { ...snapshotData(proposal.snapshot), slug, status: row.status };
    const unknown = await checkReferences(tx, data);
    if (unknown.length)
      throw unprocessable(
        unknown,
        `This proposal names a pattern or limit that no longer exists: ${unknown[0]!.message}`,
      );
    const { version } = await writeWithRevision(tx, data, {
      kind: "approval",
      authorId: proposal.authorId,
      note: `proposed by ${proposal.author?.name ?? "a deleted user"}, approved by ${user.name}`,
      sourceHash: row.sourceHash,
    });
    const decided = await decideProposal(tx, proposal.id, {
      status: "approved",
      reviewerId: user.id,
      comment: body.comment ?? null,
      appliedVersion: version,
    });
    return { version, proposal: decided };
  });
}

/** Rejects a pending proposal, with an optional comment for its author; the postmortem is not touched. */
export async function rejectProposal(
  slug: string,
  id: string,
  body: Decision,
  user: Reviewer,
): Promise<{ proposal: ProposalSummary }> {
  return inTransaction(async (tx) => {
    const { proposal } = await pendingProposal(tx, slug, id, body.revision);
    const decided = await decideProposal(tx, proposal.id, {
      status: "rejected",
      reviewerId: user.id,
      comment: body.comment ?? null,
    });
    return { proposal: decided };
  });
}

/** Locks the postmortem (every proposal write holds that lock) and finds a proposal that is still open as read. */
async function pendingProposal(
  tx: Tx,
  slug: string,
  id: string,
  revision: number,
): Promise<{ row: LockedPostmortem; proposal: ProposalWithSnapshot }> {
  const row = await lockPostmortem(tx, slug);
  if (!row) throw new PostmortemNotFoundError(slug);
  const proposal = await findProposal(tx, row.id, id);
  if (!proposal) throw notFound(`Postmortem "${slug}" has no proposal ${id}.`);
  if (proposal.status !== "pending")
    throw conflict("proposal_closed", `This proposal was already ${proposal.status}.`, {
      proposal: withoutSnapshot(proposal),
    });
  if (proposal.revision !== revision)
    throw conflict(
      "proposal_changed",
      `Its author changed this proposal since you read it (revision ${revision}, now ${proposal.revision}): read it again before deciding.`,
      { proposal: withoutSnapshot(proposal) },
    );
  return { row, proposal };
}

function withoutSnapshot({ snapshot: _snapshot, ...summary }: ProposalWithSnapshot): ProposalSummary {
  return summary;
}
