import type { Prisma } from "@/lib/generated/prisma/client";
import type { FailurePatternData } from "@/lib/validations/pattern";

/** What patternToData reads: the pattern with the slugs it links to. */
export const patternWithRelations = {
  include: { relatedTo: { include: { to: { select: { slug: true } } } } },
} satisfies Prisma.FailurePatternDefaultArgs;

export type PatternWithRelations = Prisma.FailurePatternGetPayload<typeof patternWithRelations>;

export function patternToData(p: PatternWithRelations): FailurePatternData {
  return {
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    related: p.relatedTo.map((r) => r.to.slug).sort(),
    mechanism: p.mechanism,
    detectionSignals: p.detectionSignals,
    mitigations: p.mitigations,
    prevention: p.prevention,
  };
}
