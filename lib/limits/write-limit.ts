import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";
import type { LimitData } from "@/lib/validations/limit";

/** Writes a limit of the catalog and its search document. */
export async function writeLimit(
  tx: Prisma.TransactionClient,
  data: LimitData,
  sourceHash: string | null = null,
  sourcePath?: string,
): Promise<void> {
  const fields = {
    provider: data.provider,
    resource: data.resource,
    name: data.name,
    description: data.description,
    defaultValue: data.defaultValue ?? null,
    unit: data.unit ?? null,
    adjustable: data.adjustable ?? null,
    docUrl: data.docUrl ?? null,
    sourceHash,
    ...(sourcePath !== undefined && { sourcePath }),
  };
  await tx.limit.upsert({ where: { id: data.id }, create: { id: data.id, ...fields }, update: fields });
  await refreshSearchDocuments(tx, { limitIds: [data.id] });
}
