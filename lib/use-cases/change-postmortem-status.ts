import "server-only";

import { forbidden } from "@/lib/api/errors";
import { hasRole, type Role, type SessionUser } from "@/lib/auth/roles";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { ConflictError, InvalidTransitionError, PostmortemNotFoundError } from "@/lib/postmortems/errors";
import { lockPostmortem } from "@/lib/postmortems/locks";
import { publishWarnings, type PublishWarning } from "@/lib/postmortems/publish-warnings";
import { readCurrent, readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { inTransaction } from "@/lib/postmortems/transaction";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

type Status = PostmortemData["status"];

/** The review workflow: which moves exist, and the role each needs. */
export const transitions: Record<Status, Partial<Record<Status, Role>>> = {
  draft: { in_review: "author" },
  in_review: { draft: "author", published: "reviewer" },
  published: { draft: "reviewer" },
};

const label: Record<Status, string> = { draft: "draft", in_review: "in review", published: "published" };

/**
 * Moves a postmortem through the workflow: 409 for a move that does not exist or a stale version, 403 for a role too low.
 * A publish answers with the warnings the reviewer confirmed (empty root cause, resolution, timeline); they never block it.
 */
export async function changeStatus(
  slug: string,
  body: { to: Status; version: number },
  user: Pick<SessionUser, "id" | "role">,
): Promise<{ status: Status; version: number; warnings?: PublishWarning[] }> {
  return inTransaction(async (tx) => {
    const row = await lockPostmortem(tx, slug);
    if (!row) throw new PostmortemNotFoundError(slug);
    const needs = transitions[row.status][body.to];
    if (!needs) throw new InvalidTransitionError(row.status, body.to);
    if (!hasRole(user.role, needs)) {
      throw forbidden(
        `Your role (${user.role}) may not move a postmortem from ${label[row.status]} to ${label[body.to]}; ask a reviewer.`,
      );
    }
    if (row.version !== body.version) throw new ConflictError(await readCurrent(tx, row.id), body.version);
    const data = await readPostmortemData(tx, row.id);
    const { version } = await writeWithRevision(
      tx,
      { ...data, status: body.to },
      {
        kind: "status",
        authorId: user.id,
        note: `${label[row.status]} → ${label[body.to]}`,
        sourceHash: row.sourceHash,
      },
    );
    return body.to === "published"
      ? { status: body.to, version, warnings: publishWarnings(data) }
      : { status: body.to, version };
  });
}
