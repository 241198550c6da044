import "server-only";

import { notFound, unprocessable } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/roles";
import { ConflictError, PostmortemNotFoundError } from "@/lib/postmortems/errors";
import { lockPostmortem } from "@/lib/postmortems/locks";
import { readCurrent } from "@/lib/postmortems/read-postmortem";
import { needsReview, proposeChange, type PendingReview } from "@/lib/postmortems/proposals";
import { checkReferences } from "@/lib/postmortems/references";
import { snapshotData } from "@/lib/postmortems/revisions";
import { inTransaction } from "@/lib/postmortems/transaction";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

/**
 * Restores the content of revision `from` as a new revision (kind "restore")
 * based on `version`, the current one; the status stays as it is. Nothing is
 * ever deleted: the versions in between remain in the history. An author
 * restoring on a published postmortem proposes the old content for review.
 */
export async function restoreRevision(
  slug: string,
  from: number,
  body: { version: number },
  user: Pick<SessionUser, "id" | "role">,
): Promise<{ version: number } | PendingReview> {
  return inTransaction(async (tx) => {
    const row = await lockPostmortem(tx, slug);
    if (!row) throw new PostmortemNotFoundError(slug);
    if (row.version !== body.version) throw new ConflictError(await readCurrent(tx, row.id), body.version);
    const revision = await tx.postmortemRevision.findUnique({
      where: { postmortemId_version: { postmortemId: row.id, version: from } },
      select: { snapshot: true },
    });
    if (!revision) throw notFound(`Postmortem "${slug}" has no version ${from}.`);
    const data = { ...snapshotData(revision.snapshot), slug, status: row.status };
    const unknown = await checkReferences(tx, data);
    if (unknown.length)
      throw unprocessable(
        unknown,
        `Version ${from} names a pattern or limit that no longer exists: ${unknown[0]!.field}: ${unknown[0]!.message}`,
      );
    if (needsReview(row.status, user)) return proposeChange(tx, row, data, user);
    const { version } = await writeWithRevision(tx, data, {
      kind: "restore",
      authorId: user.id,
      note: `restored version ${from}`,
      sourceHash: row.sourceHash,
    });
    return { version };
  });
}
