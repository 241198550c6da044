import path from "node:path";

import { importContent, type ImportOptions } from "@/lib/use-cases/import-content";
import { createPrismaClient } from "@/lib/db/client";
import { ensureSearchIndexCurrent, SEARCH_INDEX_VERSION } from "@/lib/search/index-version";

import { contentRoots, projectDir } from "./content-roots";

/** Brings the search index to the current version, imports content/ and the packs of HINDSIGHT_PACKS (or `roots`) and prints what happened; false when a file had errors. */
export async function importAndReport(
  url: string,
  poolMax: number,
  roots = contentRoots(),
  options: ImportOptions = { sourceBase: projectDir },
): Promise<boolean> {
  const prisma = createPrismaClient(url, poolMax);
  try {
    if (await ensureSearchIndexCurrent(prisma))
      console.log(`search documents rebuilt for search index version ${SEARCH_INDEX_VERSION}`);
    console.log(`importing ${roots.map((root) => path.relative(process.cwd(), root) || ".").join(", ")}`);
    const report = await importContent(prisma, roots, options);
    for (const replaced of report.replaced) console.warn(replaced.message);
    for (const error of report.errors) console.error(error.message);
    console.log(
      `content: ${report.written.length} written${report.replaced.length ? ` (${report.replaced.length} replacing what was not theirs)` : ""}, ${report.unchanged.length} unchanged, ${report.errors.length} with errors`,
    );
    return report.errors.length === 0;
  } finally {
    await prisma.$disconnect();
  }
}
