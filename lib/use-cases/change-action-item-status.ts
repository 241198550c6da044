import "server-only";

import { notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/roles";
import { actionItemStatusLabel } from "@/lib/action-items/labels";
import type { ActionItemData } from "@/lib/validations/postmortem";

import { ConflictError, PostmortemNotFoundError } from "@/lib/postmortems/errors";
import { lockPostmortem } from "@/lib/postmortems/locks";
import { readCurrent, readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { inTransaction } from "@/lib/postmortems/transaction";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

/**
 * Sets one action item's status (from /action-items), based on the postmortem's `version`.
 *
 * Review: this is follow-up tracking, not a change to what the postmortem says, so an author
 * writes it directly, published or not (no proposal): a revision of kind `action_item_status`
 * that the history shows with the item and the move. Callers check the role (author and above).
 * A pending proposal made on the version before stays as it is and, as after any direct
 * write, must be merged again before a reviewer can approve it (409 `proposal_stale`).
 */
export async function changeActionItemStatus(
  slug: string,
  position: number,
  body: { status: ActionItemData["status"]; version: number },
  user: Pick<SessionUser, "id">,
): Promise<{ status: ActionItemData["status"]; version: number }> {
  return inTransaction(async (tx) => {
    const row = await lockPostmortem(tx, slug);
    if (!row) throw new PostmortemNotFoundError(slug);
    if (row.version !== body.version) throw new ConflictError(await readCurrent(tx, row.id), body.version);
    const data = await readPostmortemData(tx, row.id);
    const item = data.actionItems[position];
    if (!item) throw notFound(`The postmortem "${slug}" has no action item at position ${position}.`);
    // Already so: nothing to write, no empty revision.
    if (item.status === body.status) return { status: body.status, version: row.version };
    const actionItems = data.actionItems.map((it, i) => (i === position ? { ...it, status: body.status } : it));
    const { version } = await writeWithRevision(
      tx,
      { ...data, actionItems },
      {
        kind: "action_item_status",
        authorId: user.id,
        note: `${truncate(item.title)}: ${actionItemStatusLabel[item.status]} → ${actionItemStatusLabel[body.status]}`,
        sourceHash: row.sourceHash,
      },
    );
    return { status: body.status, version };
  });
}

const truncate = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
