// No "server-only": content:import reaches it from scripts.
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidatePages } from "@/lib/cache/invalidate";
import { mergePages, pagesShowingLimit } from "@/lib/cache/pages-showing";
import { revisionRow, type CatalogRevisionInfo } from "@/lib/catalog/revision-info";
import { afterCommit } from "@/lib/postmortems/commit-hooks";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";
import type { LimitData } from "@/lib/validations/limit";

import { limitToData } from "./mapping";

/**
 * Every write of a limit (content:import, the API, the editor's "New limit"):
 * the limit with its version bumped by one, its immutable revision and its
 * search document, in the caller's transaction; the cached pages that show it
 * go once it has committed.
 */
export async function writeLimit(
  tx: Prisma.TransactionClient,
  data: LimitData,
  info: CatalogRevisionInfo,
): Promise<{ id: string; version: number }> {
  const before = await pagesShowingLimit(tx, data.id);
  const fields = {
    provider: data.provider,
    resource: data.resource,
    name: data.name,
    description: data.description,
    defaultValue: data.defaultValue ?? null,
    unit: data.unit ?? null,
    adjustable: data.adjustable ?? null,
    docUrl: data.docUrl ?? null,
    sourceHash: info.sourceHash,
    ...(info.sourcePath !== undefined && { sourcePath: info.sourcePath }),
  };
  const limit = await tx.limit.upsert({
    where: { id: data.id },
    create: { id: data.id, ...fields },
    update: { ...fields, version: { increment: 1 } },
  });
  await tx.limitRevision.create({
    data: { limitId: limit.id, ...revisionRow(info, limit.version, limitToData(limit)) },
  });
  await refreshSearchDocuments(tx, { limitIds: [data.id] });
  const after = await pagesShowingLimit(tx, data.id);
  afterCommit(() => invalidatePages(mergePages(before, after)));
  return { id: limit.id, version: limit.version };
}
