import type { PrismaClient } from "@/lib/generated/prisma/client";
import { lockSlug } from "@/lib/postmortems/locks";
import { writeLimit } from "@/lib/limits/write-limit";
import { writePattern } from "@/lib/patterns/write-pattern";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

import { ContentError } from "@/lib/content/content-error";
import { loadContentDirectories } from "@/lib/content/load-directory";
import type { ParsedFile } from "@/lib/content/parse-file";

export interface ImportReport {
  written: string[];
  unchanged: string[];
  errors: ContentError[];
}

export interface ImportOptions {
  /** Also overwrite postmortems edited in the app since their last import (the edits stay in their revisions). */
  overwriteAppEdits?: boolean;
}

/**
 * Imports content/ (and knowledge packs after it) into the database: limits, then patterns, then
 * postmortems, one transaction per file. Files whose text is unchanged since
 * their last import are skipped, so running it again writes nothing. A file
 * that fails validation is reported and nothing of it is written. Each
 * postmortem written gets a revision (kind "import", no author). A changed
 * file is not imported over a postmortem edited in the app since its last
 * import (reported instead), unless `overwriteAppEdits`.
 */
export async function importContent(
  prisma: PrismaClient,
  roots: string | string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const [limits, patterns] = await Promise.all([
    prisma.limit.findMany({ select: { id: true, sourceHash: true } }),
    prisma.failurePattern.findMany({ select: { slug: true, sourceHash: true } }),
  ]);
  const set = await loadContentDirectories(typeof roots === "string" ? [roots] : roots, {
    limits: new Set(limits.map((l) => l.id)),
    patterns: new Set(patterns.map((p) => p.slug)),
  });
  const postmortems = await prisma.postmortem.findMany({
    select: {
      slug: true,
      sourceHash: true,
      revisions: { orderBy: { version: "desc" }, take: 1, select: { kind: true, version: true, authorId: true } },
    },
  });
  // The latest write was not this importer's (a save, a status change, an upload in the browser...).
  const appEdited = new Map(
    postmortems.flatMap((p) => {
      const latest = p.revisions[0];
      return latest && !(latest.kind === "import" && latest.authorId === null)
        ? [[p.slug, latest.version] as const]
        : [];
    }),
  );
  const report: ImportReport = { written: [], unchanged: [], errors: [...set.errors] };

  const stored = {
    limits: new Map(limits.map((l) => [l.id, l.sourceHash])),
    patterns: new Map(patterns.map((p) => [p.slug, p.sourceHash])),
    postmortems: new Map(postmortems.map((p) => [p.slug, p.sourceHash])),
  };
  const run = async <T>(
    files: ParsedFile<T>[],
    hashes: Map<string, string | null>,
    key: (d: T) => string,
    write: (tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0], file: ParsedFile<T>) => Promise<unknown>,
  ) => {
    for (const file of files) {
      if (hashes.get(key(file.data)) === file.hash) {
        report.unchanged.push(file.file);
        continue;
      }
      try {
        await prisma.$transaction((tx) => write(tx, file));
        report.written.push(file.file);
      } catch (error) {
        report.errors.push(
          new ContentError(
            file.file,
            undefined,
            `not imported: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      }
    }
  };
  await run(
    set.limits,
    stored.limits,
    (d) => d.id,
    (tx, f) => writeLimit(tx, f.data, f.hash),
  );
  await run(
    set.patterns,
    stored.patterns,
    (d) => d.slug,
    (tx, f) => writePattern(tx, f.data, f.hash),
  );
  const postmortemFiles = set.postmortems.filter((file) => {
    const version = appEdited.get(file.data.slug);
    if (version === undefined || options.overwriteAppEdits || stored.postmortems.get(file.data.slug) === file.hash)
      return true;
    report.errors.push(
      new ContentError(
        file.file,
        undefined,
        `not imported: "${file.data.slug}" was edited in the app since its last import (now version ${version}). Export it (GET /api/postmortems/${file.data.slug}/export), merge your change into that file and import it, or run content:import --overwrite (the app's edits stay in its revision history).`,
      ),
    );
    return false;
  });
  await run(
    postmortemFiles,
    stored.postmortems,
    (d) => d.slug,
    async (tx, f) => {
      await lockSlug(tx, f.data.slug);
      await writeWithRevision(tx, f.data, { kind: "import", authorId: null, sourceHash: f.hash });
    },
  );
  return report;
}
