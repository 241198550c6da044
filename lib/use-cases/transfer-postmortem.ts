import "server-only";

import { unprocessable } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/roles";
import { ContentError } from "@/lib/content/content-error";
import { postmortemKind } from "@/lib/content/formats";
import { parseContentFile } from "@/lib/content/parse-file";
import { serializeContent } from "@/lib/content/serialize";
import { db } from "@/lib/db";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { checkReferences } from "@/lib/postmortems/references";
import { ConflictError, SlugTakenError } from "@/lib/postmortems/errors";
import { assertSlugAvailable } from "@/lib/postmortems/parse-postmortem";
import { lockPostmortem, lockSlug } from "@/lib/postmortems/locks";
import { needsReview, proposeChange, type PendingReview } from "@/lib/postmortems/proposals";
import { readCurrent, readPostmortemData } from "@/lib/postmortems/read-postmortem";
import { inTransaction } from "@/lib/postmortems/transaction";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

/** One postmortem in the content-file format (what `npm run content:export` writes). */
export async function exportPostmortem(postmortemId: string): Promise<string> {
  return serializeContent(postmortemKind, await readPostmortemData(db, postmortemId));
}

/** Parses an uploaded content file: a ContentError becomes a 422 with every field error. */
export function parseUpload(text: string): PostmortemData {
  try {
    return parseContentFile(postmortemKind, "upload.md", text).data;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw unprocessable(error.problems.map((p) => ({ field: p.field ?? "(file)", message: p.detail })));
  }
}

/**
 * Imports a content file with the importer's checks (schema, then unknown
 * patterns and limits). A new slug becomes a draft; an existing one is only
 * overwritten with `replace` equal to its current version, and keeps its
 * status (the file's `status` is ignored: publishing is a review step). An
 * author replacing a published postmortem proposes the file for review.
 */
export async function importPostmortem(
  text: string,
  options: { replace?: number },
  user: Pick<SessionUser, "id" | "role">,
): Promise<{ slug: string; version: number; created: boolean } | (PendingReview & { slug: string })> {
  const data = parseUpload(text);
  return inTransaction(async (tx) => {
    await lockSlug(tx, data.slug);
    const row = await lockPostmortem(tx, data.slug);
    if (row && options.replace === undefined) throw new SlugTakenError(data.slug, row.version);
    if (row && row.version !== options.replace)
      throw new ConflictError(await readCurrent(tx, row.id), options.replace!);
    if (!row) assertSlugAvailable(data.slug);
    const unknown = await checkReferences(tx, data);
    if (unknown.length) throw unprocessable(unknown);
    if (row && needsReview(row.status, user))
      return { slug: data.slug, ...(await proposeChange(tx, row, { ...data, status: row.status }, user)) };
    const { version } = await writeWithRevision(
      tx,
      { ...data, status: row?.status ?? "draft" },
      {
        kind: "import",
        authorId: user.id,
        note: row ? "replaced by an uploaded file" : "uploaded file",
        sourceHash: row?.sourceHash ?? null,
      },
    );
    return { slug: data.slug, version, created: !row };
  });
}
