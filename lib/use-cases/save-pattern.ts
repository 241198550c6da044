import "server-only";

import { unprocessable } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/roles";
import { CatalogConflictError, CatalogKeyTakenError, CatalogNotFoundError } from "@/lib/catalog/errors";
import { lockCatalogEntry } from "@/lib/catalog/locks";
import { parseCatalogEntry } from "@/lib/catalog/parse-entry";
import { getPatternForEditing } from "@/lib/patterns/editing";
import { writePattern } from "@/lib/patterns/write-pattern";
import type { Tx } from "@/lib/postmortems/transaction";
import { inTransaction } from "@/lib/postmortems/transaction";
import { failurePatternSchema, type FailurePatternData } from "@/lib/validations/pattern";

/** Creates a failure pattern: version 1, a "create" revision; 409 when the slug is taken. */
export async function createPattern(
  input: unknown,
  user: Pick<SessionUser, "id">,
): Promise<{ slug: string; version: number }> {
  const data = parseCatalogEntry(failurePatternSchema, input, "slug");
  return inTransaction(async (tx) => {
    const existing = await lockCatalogEntry(tx, "pattern", data.slug);
    if (existing) throw new CatalogKeyTakenError("pattern", data.slug, existing.version);
    await assertRelatedExist(tx, data);
    const { version } = await writePattern(tx, data, { kind: "create", authorId: user.id, sourceHash: null });
    return { slug: data.slug, version };
  });
}

/**
 * Saves an edit based on `version` (optimistic locking): unless it is still
 * the current one, a 409 carries the stored pattern and nothing is written.
 * The slug stays (it is the pattern's address and its postmortems' link).
 */
export async function savePattern(
  slug: string,
  body: { version: number; pattern: unknown },
  user: Pick<SessionUser, "id">,
): Promise<{ slug: string; version: number }> {
  const data = parseCatalogEntry(failurePatternSchema, body.pattern, "slug", { slug });
  return inTransaction(async (tx) => {
    const locked = await lockCatalogEntry(tx, "pattern", slug);
    if (!locked) throw new CatalogNotFoundError("pattern", slug);
    if (locked.version !== body.version)
      throw new CatalogConflictError("pattern", (await getPatternForEditing(slug, tx))!, body.version);
    await assertRelatedExist(tx, data);
    const { version } = await writePattern(tx, data, {
      kind: "save",
      authorId: user.id,
      sourceHash: locked.sourceHash,
    });
    return { slug, version };
  });
}

/** The API links only patterns that exist (content:import creates placeholders, as files come in any order). */
async function assertRelatedExist(tx: Tx, data: FailurePatternData): Promise<void> {
  const found = await tx.failurePattern.findMany({ where: { slug: { in: data.related } }, select: { slug: true } });
  const known = new Set(found.map((p) => p.slug));
  const problems = data.related.flatMap((slug, i) =>
    slug === data.slug
      ? [{ field: `related[${i}]`, message: "a pattern cannot be related to itself" }]
      : known.has(slug)
        ? []
        : [{ field: `related[${i}]`, message: `there is no pattern "${slug}"` }],
  );
  if (problems.length) throw unprocessable(problems);
}
