import "server-only";

import { unprocessable } from "@/lib/api/errors";
import { postmortemKind } from "@/lib/content/formats";
import { serializeContent } from "@/lib/content/serialize";
import { db } from "@/lib/db";
import type { RevisionKind } from "@/lib/generated/prisma/client";
import { toFieldErrors } from "@/lib/validations/format-issues";
import { postmortemSchema, type PostmortemData } from "@/lib/validations/postmortem";

export interface RevisionListItem {
  version: number;
  createdAt: Date;
  author: { name: string } | null;
  kind: RevisionKind;
  note: string | null;
  /** an approved proposal: `author` above proposed it, `reviewer` approved it */
  proposal: { id: string; reviewer: { name: string } | null } | null;
}

export interface RevisionDetail extends RevisionListItem {
  postmortem: PostmortemData;
  /** The content-file form, for diffs. */
  text: string;
}

/** Every revision of a postmortem, newest first; approvals name the proposal they came from. */
export async function listRevisions(postmortemId: string): Promise<RevisionListItem[]> {
  const rows = await db.postmortemRevision.findMany({
    where: { postmortemId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, kind: true, note: true, author: { select: { name: true } } },
  });
  const approved = await db.postmortemProposal.findMany({
    where: { postmortemId, status: "approved" },
    select: { id: true, appliedVersion: true, reviewer: { select: { name: true } } },
  });
  const byVersion = new Map(approved.map((p) => [p.appliedVersion, { id: p.id, reviewer: p.reviewer }]));
  return rows.map((r) => ({
    ...r,
    author: r.author ? { name: r.author.name } : null,
    proposal: byVersion.get(r.version) ?? null,
  }));
}

export async function getRevision(postmortemId: string, version: number): Promise<RevisionDetail | null> {
  const row = await db.postmortemRevision.findUnique({
    where: { postmortemId_version: { postmortemId, version } },
    select: {
      version: true,
      createdAt: true,
      kind: true,
      note: true,
      snapshot: true,
      author: { select: { name: true } },
    },
  });
  if (!row) return null;
  const postmortem = snapshotData(row.snapshot);
  const proposal = await db.postmortemProposal.findFirst({
    where: { postmortemId, appliedVersion: version },
    select: { id: true, reviewer: { select: { name: true } } },
  });
  return {
    version: row.version,
    createdAt: row.createdAt,
    kind: row.kind,
    note: row.note,
    author: row.author ? { name: row.author.name } : null,
    proposal,
    postmortem,
    text: serializeContent(postmortemKind, postmortem),
  };
}

/**
 * A snapshot back in the schema's shape and field order (jsonb keeps keys in
 * its own order). Snapshots were validated when written; one that no longer
 * validates (the schema changed since) is a 422 naming the field.
 */
export function snapshotData(snapshot: unknown): PostmortemData {
  const result = postmortemSchema.safeParse(snapshot);
  if (!result.success)
    throw unprocessable(
      toFieldErrors(result.error),
      "This revision no longer passes validation; it cannot be restored as it is.",
    );
  return result.data;
}
