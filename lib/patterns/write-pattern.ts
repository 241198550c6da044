import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";
import type { FailurePatternData } from "@/lib/validations/pattern";

/** Writes a pattern and its outgoing `related` links; targets missing so far are created as placeholders to be filled by their own file. */
export async function writePattern(
  tx: Prisma.TransactionClient,
  data: FailurePatternData,
  sourceHash: string | null = null,
  sourcePath?: string,
): Promise<void> {
  const fields = {
    name: data.name,
    summary: data.summary,
    mechanism: data.mechanism,
    detectionSignals: data.detectionSignals,
    mitigations: data.mitigations,
    prevention: data.prevention,
    sourceHash,
    ...(sourcePath !== undefined && { sourcePath }),
  };
  const pattern = await tx.failurePattern.upsert({
    where: { slug: data.slug },
    create: { slug: data.slug, ...fields },
    update: fields,
    select: { id: true },
  });
  await tx.patternRelation.deleteMany({ where: { fromId: pattern.id } });
  for (const slug of data.related) {
    const target = await tx.failurePattern.upsert({
      where: { slug },
      create: { slug, name: slug, summary: "(not imported yet)" },
      update: {},
      select: { id: true },
    });
    await tx.patternRelation.create({ data: { fromId: pattern.id, toId: target.id } });
  }
  await refreshSearchDocuments(tx, { patternIds: [pattern.id] });
}
