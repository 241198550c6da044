import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldError } from "@/lib/validations/format-issues";
import type { PostmortemData } from "@/lib/validations/postmortem";

/**
 * The cross checks the content importer makes (lib/content/load-directory.ts),
 * against the database: every pattern and limit a postmortem names exists.
 */
export async function checkReferences(tx: Prisma.TransactionClient, data: PostmortemData): Promise<FieldError[]> {
  const patternSlugs = data.patterns.map((p) => p.slug);
  const limitIds = data.limits.map((l) => l.limit);
  const patterns = patternSlugs.length
    ? await tx.failurePattern.findMany({ where: { slug: { in: patternSlugs } }, select: { slug: true } })
    : [];
  const limits = limitIds.length
    ? await tx.limit.findMany({ where: { id: { in: limitIds } }, select: { id: true } })
    : [];
  const knownPatterns = new Set(patterns.map((p) => p.slug));
  const knownLimits = new Set(limits.map((l) => l.id));
  return [
    ...data.patterns.flatMap((p, i) =>
      knownPatterns.has(p.slug) ? [] : [{ field: `patterns[${i}]`, message: `unknown pattern "${p.slug}"` }],
    ),
    ...data.limits.flatMap((l, i) =>
      knownLimits.has(l.limit) ? [] : [{ field: `limits[${i}].limit`, message: `unknown limit "${l.limit}"` }],
    ),
  ];
}
