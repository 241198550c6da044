import "server-only";

import { unprocessable } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/roles";

import { checkReferences } from "@/lib/postmortems/references";
import { ConflictError, PostmortemNotFoundError, SlugTakenError } from "@/lib/postmortems/errors";
import { assertSlugAvailable, parsePostmortem } from "@/lib/postmortems/parse-postmortem";
import { lockPostmortem, lockSlug } from "@/lib/postmortems/locks";
import { needsReview, proposeChange, type PendingReview } from "@/lib/postmortems/proposals";
import { readCurrent } from "@/lib/postmortems/read-postmortem";
import { inTransaction } from "@/lib/postmortems/transaction";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

/** Creates a postmortem as a draft (any status in the input is ignored): version 1, a "create" revision. */
export async function createPostmortem(
  input: unknown,
  user: Pick<SessionUser, "id">,
): Promise<{ slug: string; version: number }> {
  const data = parsePostmortem(input, { status: "draft" });
  assertSlugAvailable(data.slug);
  return inTransaction(async (tx) => {
    await lockSlug(tx, data.slug);
    const existing = await tx.postmortem.findUnique({ where: { slug: data.slug }, select: { version: true } });
    if (existing) throw new SlugTakenError(data.slug, existing.version);
    const unknown = await checkReferences(tx, data);
    if (unknown.length) throw unprocessable(unknown);
    const { version } = await writeWithRevision(tx, data, { kind: "create", authorId: user.id, sourceHash: null });
    return { slug: data.slug, version };
  });
}

/**
 * Saves an edit based on `version` (optimistic locking): the row is locked,
 * and unless `version` is still the current one a ConflictError carries the
 * stored postmortem and nothing is written. The slug and status stay as they
 * are (status changes go through changeStatus). One "save" revision; or, for
 * an author's change to a published postmortem, their proposal for review
 * (nothing else is written; see lib/use-cases/review-proposal.ts).
 */
export async function savePostmortem(
  slug: string,
  body: { version: number; postmortem: unknown },
  user: Pick<SessionUser, "id" | "role">,
): Promise<{ version: number } | PendingReview> {
  const data = parsePostmortem(body.postmortem, { slug });
  return inTransaction(async (tx) => {
    const row = await lockPostmortem(tx, slug);
    if (!row) throw new PostmortemNotFoundError(slug);
    if (row.version !== body.version) throw new ConflictError(await readCurrent(tx, row.id), body.version);
    const unknown = await checkReferences(tx, data);
    if (unknown.length) throw unprocessable(unknown);
    if (needsReview(row.status, user)) return proposeChange(tx, row, { ...data, status: row.status }, user);
    const { version } = await writeWithRevision(
      tx,
      { ...data, status: row.status },
      { kind: "save", authorId: user.id, sourceHash: row.sourceHash },
    );
    return { version };
  });
}
