import type { PrismaClient } from "@/lib/generated/prisma/client";

import { refreshSearchDocuments } from "./refresh-search-documents";

/**
 * Raise this when the tokenizer (tokens.ts) or what a search document holds
 * (search-document.ts, fields.ts) changes: documents built before then are rebuilt.
 * 2: technical tokens (i/o, ndots:5), commands apart from signatures, published lexicon.
 */
export const SEARCH_INDEX_VERSION = 2;

/** Rebuilds every search document when they were built by another version; returns whether it did. */
export async function ensureSearchIndexCurrent(prisma: PrismaClient): Promise<boolean> {
  const state = await prisma.searchIndexState.findUnique({ where: { id: 1 } });
  if (state?.version === SEARCH_INDEX_VERSION) return false;
  await prisma.$transaction(
    async (tx) => {
      await refreshSearchDocuments(tx, "all");
      await tx.searchIndexState.upsert({
        where: { id: 1 },
        create: { id: 1, version: SEARCH_INDEX_VERSION },
        update: { version: SEARCH_INDEX_VERSION, builtAt: new Date() },
      });
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
  return true;
}
