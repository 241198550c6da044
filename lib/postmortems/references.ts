import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldError } from "@/lib/validations/format-issues";
import type { PostmortemData } from "@/lib/validations/postmortem";
import { unknownReferences } from "@/lib/validations/references";

/** The reference rule (lib/validations/references.ts) against the database. */
export async function checkReferences(tx: Prisma.TransactionClient, data: PostmortemData): Promise<FieldError[]> {
  const patternSlugs = data.patterns.map((p) => p.slug);
  const limitIds = data.limits.map((l) => l.limit);
  const [patterns, limits] = [
    patternSlugs.length
      ? await tx.failurePattern.findMany({ where: { slug: { in: patternSlugs } }, select: { slug: true } })
      : [],
    limitIds.length ? await tx.limit.findMany({ where: { id: { in: limitIds } }, select: { id: true } }) : [],
  ];
  return unknownReferences(data, {
    patterns: new Set(patterns.map((p) => p.slug)),
    limits: new Set(limits.map((l) => l.id)),
  });
}
