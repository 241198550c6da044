import { readdir, readFile } from "node:fs/promises";
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

/**
 * Reads and validates every file under a content directory. A bad file is
 * reported and left out; the good ones are returned for import.
 */
export async function loadContentDirectory(
  root: string,
  known: KnownKeys = { limits: new Set(), patterns: new Set() },
): Promise<ContentSet> {
  const errors: ContentError[] = [];
  const limits = await loadKind(root, limitKind, errors);
  const patterns = await loadKind(root, patternKind, errors);
  const postmortems = await loadKind(root, postmortemKind, errors);

  const keys: KnownKeys = {
    limits: new Set([...known.limits, ...limits.map((l) => l.data.id)]),
    patterns: new Set([...known.patterns, ...patterns.map((p) => p.data.slug)]),
  };
  const keepPatterns = patterns.filter((p) =>
    check(errors, p.file, unknownRelatedPatterns(p.data.related, keys.patterns)),
  );
  const keepPostmortems = postmortems.filter((pm) => check(errors, pm.file, unknownReferences(pm.data, keys)));
  return { limits, patterns: keepPatterns, postmortems: keepPostmortems, errors };
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

/**
 * Reads several content directories as one set, in order: a later directory
 * (a knowledge pack) may reference what an earlier one (content/) defines. A
 * key defined in two directories is an error in the later file.
 */
export async function loadContentDirectories(
  roots: string[],
  known: KnownKeys = { limits: new Set(), patterns: new Set() },
): Promise<ContentSet> {
  const merged: ContentSet = { limits: [], patterns: [], postmortems: [], errors: [] };
  const keys = { limits: new Set(known.limits), patterns: new Set(known.patterns) };
  const owners = new Map<string, string>();
  const claim = <T>(kind: ContentKind<T>, items: ParsedFile<T>[], into: ParsedFile<T>[]) => {
    for (const item of items) {
      const id = `${kind.folder}/${kind.key(item.data)}`;
      const other = owners.get(id);
      if (other) {
        const field = kind === (limitKind as unknown) ? "id" : "slug";
        merged.errors.push(
          new ContentError(item.file, field, `duplicate "${kind.key(item.data)}": already used by ${other}`),
        );
      } else {
        owners.set(id, item.file);
        into.push(item);
      }
    }
  };
  for (const root of roots) {
    const set = await loadContentDirectory(root, keys);
    claim(limitKind, set.limits, merged.limits);
    claim(patternKind, set.patterns, merged.patterns);
    claim(postmortemKind, set.postmortems, merged.postmortems);
    merged.errors.push(...set.errors);
    set.limits.forEach((l) => keys.limits.add(l.data.id));
    set.patterns.forEach((p) => keys.patterns.add(p.data.slug));
  }
  return merged;
}

async function loadKind<T>(root: string, kind: ContentKind<T>, errors: ContentError[]): Promise<ParsedFile<T>[]> {
  const folder = path.join(root, kind.folder);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const parsed: ParsedFile<T>[] = [];
  const seen = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith(".md")).sort()) {
    const file = path.join(folder, name);
    try {
      const item = parseContentFile(kind, file, await readFile(file, "utf8"));
      const key = kind.key(item.data);
      const other = seen.get(key);
      if (other)
        throw new ContentError(
          file,
          kind === (limitKind as unknown) ? "id" : "slug",
          `duplicate "${key}": already used by ${other}`,
        );
      seen.set(key, file);
      parsed.push(item);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  return parsed;
}
