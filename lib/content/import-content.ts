import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeLimit, writePattern } from "@/lib/postmortems/write-catalog";
import { writePostmortem } from "@/lib/postmortems/write-postmortem";

import { ContentError } from "./content-error";
import { loadContentDirectory } from "./load-directory";
import type { ParsedFile } from "./parse-file";

export interface ImportReport {
  written: string[];
  unchanged: string[];
  errors: ContentError[];
}

/**
 * Imports content/ into the database: limits, then patterns, then
 * postmortems, one transaction per file. Files whose text is unchanged since
 * their last import are skipped, so running it again writes nothing. A file
 * that fails validation is reported and nothing of it is written.
 */
export async function importContent(prisma: PrismaClient, root: string): Promise<ImportReport> {
  const [limits, patterns] = await Promise.all([
    prisma.limit.findMany({ select: { id: true, sourceHash: true } }),
    prisma.failurePattern.findMany({ select: { slug: true, sourceHash: true } }),
  ]);
  const set = await loadContentDirectory(root, { limits: new Set(limits.map((l) => l.id)), patterns: new Set(patterns.map((p) => p.slug)) });
  const postmortems = await prisma.postmortem.findMany({ select: { slug: true, sourceHash: true } });
  const report: ImportReport = { written: [], unchanged: [], errors: [...set.errors] };

  const stored = {
    limits: new Map(limits.map((l) => [l.id, l.sourceHash])),
    patterns: new Map(patterns.map((p) => [p.slug, p.sourceHash])),
    postmortems: new Map(postmortems.map((p) => [p.slug, p.sourceHash])),
  };
  const run = async <T>(files: ParsedFile<T>[], hashes: Map<string, string | null>, key: (d: T) => string, write: (tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0], file: ParsedFile<T>) => Promise<unknown>) => {
    for (const file of files) {
      if (hashes.get(key(file.data)) === file.hash) {
        report.unchanged.push(file.file);
        continue;
      }
      try {
        await prisma.$transaction((tx) => write(tx, file));
        report.written.push(file.file);
      } catch (error) {
        report.errors.push(new ContentError(file.file, undefined, `not imported: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
  };
  await run(set.limits, stored.limits, (d) => d.id, (tx, f) => writeLimit(tx, f.data, f.hash));
  await run(set.patterns, stored.patterns, (d) => d.slug, (tx, f) => writePattern(tx, f.data, f.hash));
  await run(set.postmortems, stored.postmortems, (d) => d.slug, (tx, f) => writePostmortem(tx, f.data, { sourceHash: f.hash }));
  return report;
}
