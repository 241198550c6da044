import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { listLimitSources, readLimitSource, recordLimitSourcePath } from "@/lib/limits/import-source";
import { writeLimit } from "@/lib/limits/write-limit";
import { listPatternSources, readPatternSource, recordPatternSourcePath } from "@/lib/patterns/import-source";
import { writePattern } from "@/lib/patterns/write-pattern";
import {
  listPostmortemSources,
  lockPostmortemSource,
  recordPostmortemSourcePath,
} from "@/lib/postmortems/import-source";
import { writeWithRevision } from "@/lib/postmortems/write-with-revision";

import { ContentError } from "@/lib/content/content-error";
import { databaseRefusal } from "@/lib/content/database-refusal";
import { loadContentDirectories } from "@/lib/content/load-directory";
import type { ParsedFile } from "@/lib/content/parse-file";
import { sourcePathOf } from "@/lib/content/source-path";

import { importVerdict, type StoredSource } from "./import-rule";

/** A row that was not the file's to write, written anyway because of `overwrite`. */
export interface Replacement {
  file: string;
  /** `postmortem "slug"`, `pattern "slug"` or `limit "id"`. */
  what: string;
  /** Why it was not the file's: `already exists in the database (version 3), imported from ...`. */
  conflict: string;
  /** Postmortems: the revision that holds what was replaced, to restore (patterns and limits have no restore; their history lists it). */
  restoreFrom?: number;
  message: string;
}

export interface ImportReport {
  written: string[];
  unchanged: string[];
  replaced: Replacement[];
  errors: ContentError[];
}

export interface ImportOptions {
  /** Also write over rows that are not the file's (see import-rule.ts); each is reported in `replaced`. */
  overwrite?: boolean;
  /** Paths are recorded relative to this directory (default: the working directory, the project's under npm). */
  sourceBase?: string;
}

type Tx = Prisma.TransactionClient;

const importTransaction = { maxWait: 60_000, timeout: 60_000 };

interface Target<T> {
  noun: "postmortem" | "pattern" | "limit";
  field: "slug" | "id";
  files: ParsedFile<T>[];
  key: (data: T) => string;
  stored: Map<string, { sourceHash: string | null; sourcePath: string | null }>;
  /** Inside the file's transaction (locked where the app writes too). */
  read: (tx: Tx, key: string) => Promise<StoredSource | null>;
  write: (tx: Tx, file: ParsedFile<T>, sourcePath: string) => Promise<unknown>;
  record: (key: string, sourcePath: string) => Promise<void>;
}

/**
 * Imports content/ (and knowledge packs after it) into the database: limits,
 * then patterns, then postmortems, one transaction per file, so a file is
 * written whole or not at all and a refused file blocks only itself (and
 * what references it). Files whose text is unchanged since their last
 * import are skipped, so running it again writes nothing. A file may write
 * over a stored row only when the row is its own (import-rule.ts): else it
 * is refused, unless `overwrite`. Each postmortem written gets a revision
 * (kind "import", no author).
 */
export async function importContent(
  prisma: PrismaClient,
  roots: string | string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const [limits, patterns, postmortems] = await Promise.all([
    listLimitSources(prisma),
    listPatternSources(prisma),
    listPostmortemSources(prisma),
  ]);
  const set = await loadContentDirectories(typeof roots === "string" ? [roots] : roots, {
    limits: new Set(limits.keys()),
    patterns: new Set(patterns.keys()),
  });
  const report: ImportReport = { written: [], unchanged: [], replaced: [], errors: [...set.errors] };

  const run = async <T>(target: Target<T>) => {
    for (const file of target.files) {
      const key = target.key(file.data);
      const sourcePath = sourcePathOf(file.file, options.sourceBase);
      const stored = target.stored.get(key);
      if (stored && stored.sourceHash === file.hash) {
        // The same text was imported before: the row came from a file like this one.
        if (stored.sourcePath === null) await target.record(key, sourcePath);
        report.unchanged.push(file.file);
        continue;
      }
      try {
        const replaced = await prisma.$transaction(async (tx) => {
          const current = await target.read(tx, key);
          const verdict = importVerdict(current, sourcePath, options.overwrite ?? false);
          if (!verdict.write) throw refusal(target, file.file, key, verdict.conflict, current);
          await target.write(tx, file, sourcePath);
          return verdict.replaces ? replacement(file.file, target.noun, key, verdict.replaces, current?.version) : null;
          // Room to wait, as inTransaction gives the app's writes: a busy machine (or PGlite's one
          // connection shared with a running app) must not turn a good file into an error.
        }, importTransaction);
        report.written.push(file.file);
        if (replaced) report.replaced.push(replaced);
      } catch (error) {
        report.errors.push(error instanceof ContentError ? error : databaseRefusal(file.file, file.data, error));
      }
    }
  };
  await run({
    noun: "limit",
    field: "id",
    files: set.limits,
    key: (d) => d.id,
    stored: limits,
    read: readLimitSource,
    write: (tx, f, sourcePath) =>
      writeLimit(tx, f.data, { kind: "import", authorId: null, sourceHash: f.hash, sourcePath }),
    record: (key, sourcePath) => recordLimitSourcePath(prisma, key, sourcePath),
  });
  await run({
    noun: "pattern",
    field: "slug",
    files: set.patterns,
    key: (d) => d.slug,
    stored: patterns,
    read: readPatternSource,
    write: (tx, f, sourcePath) =>
      writePattern(tx, f.data, { kind: "import", authorId: null, sourceHash: f.hash, sourcePath }),
    record: (key, sourcePath) => recordPatternSourcePath(prisma, key, sourcePath),
  });
  await run({
    noun: "postmortem",
    field: "slug",
    files: set.postmortems,
    key: (d) => d.slug,
    stored: postmortems,
    read: lockPostmortemSource,
    write: (tx, f, sourcePath) =>
      writeWithRevision(tx, f.data, { kind: "import", authorId: null, sourceHash: f.hash, sourcePath }),
    record: (key, sourcePath) => recordPostmortemSourcePath(prisma, key, sourcePath),
  });
  return report;
}

function refusal<T>(
  target: Target<T>,
  file: string,
  key: string,
  conflict: string,
  stored: StoredSource | null,
): ContentError {
  const hint =
    stored?.editedInApp && stored.everImported && target.noun !== "postmortem"
      ? `Merge the app's change (${catalogHistory(target.noun, key)}) into this file and import it, or run content:import --overwrite (the app's edits stay in its revision history, version ${stored.version}).`
      : stored?.editedInApp && stored.everImported
        ? `Export it (GET /api/postmortems/${key}/export), merge your change into that file and import it, or run content:import --overwrite (the app's edits stay in its revision history, version ${stored.version}).`
        : target.noun === "postmortem"
          ? `Give this file another slug, or run content:import --overwrite to replace it (version ${stored?.version} stays in its revision history and can be restored).`
          : `Give this file another ${target.field}, or run content:import --overwrite to replace it (version ${stored?.version} stays in its revision history, ${catalogHistory(target.noun, key)}).`;
  return new ContentError(file, target.field, `not imported: ${target.noun} "${key}" ${conflict}. ${hint}`);
}

function replacement(
  file: string,
  noun: Target<unknown>["noun"],
  key: string,
  conflict: string,
  version: number | undefined,
): Replacement {
  const restoreFrom = noun === "postmortem" ? version : undefined;
  const what = `${noun} "${key}"`;
  const restore =
    noun !== "postmortem"
      ? `what it was stays in its revision history (${catalogHistory(noun, key)})`
      : `restore it from revision ${restoreFrom} (its History page, or POST /api/postmortems/${key}/revisions/${restoreFrom}/restore)`;
  return { file, what, conflict, restoreFrom, message: `${file}: replaced ${what}, which ${conflict}; ${restore}` };
}

const catalogHistory = (noun: "pattern" | "limit", key: string) => `GET /api/${noun}s/${key}/revisions`;
