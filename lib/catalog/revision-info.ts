import type { Prisma, RevisionKind } from "@/lib/generated/prisma/client";

/** Who wrote a pattern or limit and how (writePattern, writeLimit): the revision's fields and the row's source. */
export interface CatalogRevisionInfo {
  kind: Extract<RevisionKind, "import" | "create" | "save">;
  authorId: string | null;
  note?: string | null;
  /** sha256 of the content file last imported; app edits keep it, so an unchanged file is not imported over them. */
  sourceHash: string | null;
  /** The content file imported (content:import only); left out, the recorded one is kept. */
  sourcePath?: string;
}

/** A line of a pattern's or limit's history (GET .../revisions, the history list). */
export interface CatalogRevisionItem {
  version: number;
  kind: RevisionKind;
  note: string | null;
  createdAt: Date;
  author: { name: string } | null;
}

export const revisionItemSelect = {
  version: true,
  kind: true,
  note: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;

/** The fields of a pattern's or limit's revision row but its owner: `snapshot` is the entry as stored, in its content-file shape. */
export function revisionRow(info: CatalogRevisionInfo, version: number, snapshot: object) {
  return {
    version,
    kind: info.kind,
    note: info.note ?? null,
    authorId: info.authorId,
    snapshot: JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue,
  };
}
