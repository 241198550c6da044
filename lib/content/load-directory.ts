import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

import type { LimitData } from "@/lib/validations/limit";
import type { FailurePatternData } from "@/lib/validations/pattern";
import type { FieldError } from "@/lib/validations/format-issues";
import type { PostmortemData } from "@/lib/validations/postmortem";
import { unknownReferences, unknownRelatedPatterns, type KnownKeys } from "@/lib/validations/references";

import { ContentError } from "./content-error";
import { limitKind, patternKind, postmortemKind, type ContentKind } from "./formats";
import { parseContentFile, type ParsedFile } from "./parse-file";

export interface ContentSet {
  limits: ParsedFile<LimitData>[];
  patterns: ParsedFile<FailurePatternData>[];
  postmortems: ParsedFile<PostmortemData>[];
  errors: ContentError[];
}

export type { KnownKeys };

const kinds = [limitKind, patternKind, postmortemKind] as const;

/** Reads and validates every file under one content directory (see loadContentDirectories). */
export async function loadContentDirectory(
  root: string,
  known: KnownKeys = { limits: new Set(), patterns: new Set() },
): Promise<ContentSet> {
  return loadContentDirectories([root], known);
}

/**
 * Reads several content directories as one set, in order: a later directory
 * (a knowledge pack) may reference what an earlier one (content/) defines. A
 * bad file is reported and left out; the good ones are returned for import.
 * A slug or id that two files define is refused in both: which one was meant
 * is not the importer's to guess. A directory that does not exist, or holds
 * none of the three folders, is thrown: nothing of the set is imported.
 */
export async function loadContentDirectories(
  roots: string[],
  known: KnownKeys = { limits: new Set(), patterns: new Set() },
): Promise<ContentSet> {
  const errors: ContentError[] = [];
  for (const root of roots) await assertContentDirectory(root);
  const loaded: ContentSet[] = [];
  for (const root of roots)
    loaded.push({
      limits: await loadKind(root, limitKind, errors),
      patterns: await loadKind(root, patternKind, errors),
      postmortems: await loadKind(root, postmortemKind, errors),
      errors: [],
    });
  const duplicated = duplicatedFiles(loaded, errors);
  const unique = <T>(files: ParsedFile<T>[]) => files.filter((f) => !duplicated.has(f.file));

  const merged: ContentSet = { limits: [], patterns: [], postmortems: [], errors };
  const keys = { limits: new Set(known.limits), patterns: new Set(known.patterns) };
  for (const set of loaded) {
    const limits = unique(set.limits);
    const patterns = unique(set.patterns);
    limits.forEach((l) => keys.limits.add(l.data.id));
    patterns.forEach((p) => keys.patterns.add(p.data.slug));
    merged.limits.push(...limits);
    merged.patterns.push(
      ...patterns.filter((p) => check(errors, p.file, unknownRelatedPatterns(p.data.related, keys.patterns))),
    );
    merged.postmortems.push(
      ...unique(set.postmortems).filter((pm) => check(errors, pm.file, unknownReferences(pm.data, keys))),
    );
  }
  return merged;
}

async function assertContentDirectory(root: string): Promise<void> {
  const info = await stat(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new ContentError(root, undefined, "no such directory");
    throw error;
  });
  if (!info.isDirectory()) throw new ContentError(root, undefined, "not a directory");
  const folders = await Promise.all(kinds.map((kind) => stat(path.join(root, kind.folder)).catch(() => null)));
  if (!folders.some((folder) => folder?.isDirectory()))
    throw new ContentError(
      root,
      undefined,
      `not a content directory: it has none of ${kinds.map((kind) => `${kind.folder}/`).join(", ")} (name the directory that holds them)`,
    );
}

/** The files whose key another file of the set also defines; each is reported with the others. */
function duplicatedFiles(sets: ContentSet[], errors: ContentError[]): Set<string> {
  const duplicated = new Set<string>();
  const refuse = <T>(kind: ContentKind<T>, files: ParsedFile<T>[]) => {
    const field = kind === (limitKind as unknown) ? "id" : "slug";
    const byKey = new Map<string, ParsedFile<T>[]>();
    for (const file of files) byKey.set(kind.key(file.data), [...(byKey.get(kind.key(file.data)) ?? []), file]);
    for (const [key, claimants] of byKey) {
      if (claimants.length < 2) continue;
      for (const file of claimants) {
        const others = claimants.filter((other) => other !== file).map((other) => other.file);
        errors.push(
          new ContentError(
            file.file,
            field,
            `duplicate "${key}": also defined by ${others.join(", ")}; none of them is imported until each has its own ${field}`,
          ),
        );
        duplicated.add(file.file);
      }
    }
  };
  refuse(
    limitKind,
    sets.flatMap((s) => s.limits),
  );
  refuse(
    patternKind,
    sets.flatMap((s) => s.patterns),
  );
  refuse(
    postmortemKind,
    sets.flatMap((s) => s.postmortems),
  );
  return duplicated;
}

/** A file whose references do not resolve is reported with every unknown one and left out. */
function check(errors: ContentError[], file: string, unknown: FieldError[]): boolean {
  const [first, ...rest] = unknown;
  if (!first) return true;
  errors.push(
    new ContentError(
      file,
      first.field,
      first.message,
      rest.map((e) => ({ field: e.field, detail: e.message })),
    ),
  );
  return false;
}

async function loadKind<T>(root: string, kind: ContentKind<T>, errors: ContentError[]): Promise<ParsedFile<T>[]> {
  const folder = path.join(root, kind.folder);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const parsed: ParsedFile<T>[] = [];
  for (const name of names.filter((n) => n.endsWith(".md")).sort()) {
    const file = path.join(folder, name);
    try {
      parsed.push(parseContentFile(kind, file, await readFile(file, "utf8")));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  return parsed;
}
