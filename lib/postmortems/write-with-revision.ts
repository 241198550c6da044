import type { Prisma, RevisionKind } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { invalidatePages } from "@/lib/cache/invalidate";
import { mergePages, pagesShowingPostmortem } from "@/lib/cache/pages-showing";
import { readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { afterCommit } from "@/lib/postmortems/commit-hooks";
import { toJson } from "@/lib/postmortems/mapping";
import { writePostmortem } from "./write-postmortem";

export interface RevisionInfo {
  kind: RevisionKind;
  authorId: string | null;
  note?: string | null;
  /** sha256 of the content file last imported; app edits keep it, so an unchanged file is not imported over them. */
  sourceHash: string | null;
  /** The content file imported (content:import only); left out, the recorded one is kept. */
  sourcePath?: string;
}

/**
 * Writes a postmortem (which bumps its version by one) and its immutable
 * revision: the snapshot is the postmortem as stored, read back in this
 * transaction. Every write of a postmortem goes through here, so here is
 * where the cached pages that show it (before and after) are marked to go
 * once the transaction commits.
 */
export async function writeWithRevision(
  tx: Prisma.TransactionClient,
  data: PostmortemData,
  info: RevisionInfo,
): Promise<{ id: string; version: number; snapshot: PostmortemData }> {
  const before = await pagesShowingPostmortem(tx, data.slug);
  const { id, version } = await writePostmortem(tx, data, { sourceHash: info.sourceHash, sourcePath: info.sourcePath });
  const after = await pagesShowingPostmortem(tx, data.slug);
  afterCommit(() => invalidatePages(mergePages(before, after)));
  const snapshot = await readPostmortemData(tx, id);
  await tx.postmortemRevision.create({
    data: {
      postmortemId: id,
      version,
      kind: info.kind,
      note: info.note ?? null,
      authorId: info.authorId,
      snapshot: toJson(snapshot),
    },
  });
  return { id, version, snapshot };
}
