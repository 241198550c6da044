// No "server-only": content:import reaches it from scripts.
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidatePages } from "@/lib/cache/invalidate";
import { mergePages, pagesShowingPattern } from "@/lib/cache/pages-showing";
import { revisionRow, type CatalogRevisionInfo } from "@/lib/catalog/revision-info";
import { afterCommit } from "@/lib/postmortems/commit-hooks";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";
import type { FailurePatternData } from "@/lib/validations/pattern";

import { patternToData, patternWithRelations } from "./mapping";

/**
 * Every write of a pattern (content:import, the API, the editor): the pattern
 * and its outgoing `related` links, its version bumped by one, its immutable
 * revision and its search document, all in the caller's transaction; the
 * cached pages that show it (before and after) go once it has committed.
 * Targets of `related` missing so far (the importer's order) are created as
 * placeholders to be filled by their own file.
 */
export async function writePattern(
  tx: Prisma.TransactionClient,
  data: FailurePatternData,
  info: CatalogRevisionInfo,
): Promise<{ id: string; version: number }> {
  const before = await pagesShowingPattern(tx, data.slug);
  const fields = {
    name: data.name,
    summary: data.summary,
    mechanism: data.mechanism,
    detectionSignals: data.detectionSignals,
    mitigations: data.mitigations,
    prevention: data.prevention,
    sourceHash: info.sourceHash,
    ...(info.sourcePath !== undefined && { sourcePath: info.sourcePath }),
  };
  const pattern = await tx.failurePattern.upsert({
    where: { slug: data.slug },
    create: { slug: data.slug, ...fields },
    update: { ...fields, version: { increment: 1 } },
    select: { id: true, version: true },
  });
  await tx.patternRelation.deleteMany({ where: { fromId: pattern.id } });
  for (const slug of data.related) {
    const target = await tx.failurePattern.findUnique({ where: { slug }, select: { id: true } });
    const toId = target?.id ?? (await writePlaceholder(tx, slug, info));
    await tx.patternRelation.create({ data: { fromId: pattern.id, toId } });
  }
  await recordRevision(tx, pattern, info);
  await refreshSearchDocuments(tx, { patternIds: [pattern.id] });
  const after = await pagesShowingPattern(tx, data.slug);
  afterCommit(() => invalidatePages(mergePages(before, after)));
  return pattern;
}

async function writePlaceholder(tx: Prisma.TransactionClient, slug: string, info: CatalogRevisionInfo) {
  const placeholder = await tx.failurePattern.create({
    data: { slug, name: slug, summary: "(not imported yet)" },
    select: { id: true, version: true },
  });
  await recordRevision(tx, placeholder, { ...info, note: "placeholder for a related link" });
  await refreshSearchDocuments(tx, { patternIds: [placeholder.id] });
  return placeholder.id;
}

async function recordRevision(
  tx: Prisma.TransactionClient,
  pattern: { id: string; version: number },
  info: CatalogRevisionInfo,
): Promise<void> {
  const stored = await tx.failurePattern.findUniqueOrThrow({ where: { id: pattern.id }, ...patternWithRelations });
  await tx.patternRevision.create({
    data: { patternId: pattern.id, ...revisionRow(info, pattern.version, patternToData(stored)) },
  });
}
