import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { LimitData } from "@/lib/validations/limit";
import type { FailurePatternData } from "@/lib/validations/pattern";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { ContentError } from "./content-error";
import { limitKind, patternKind, postmortemKind, type ContentKind } from "./formats";
import { parseContentFile, type ParsedFile } from "./parse-file";

export interface ContentSet {
  limits: ParsedFile<LimitData>[];
  patterns: ParsedFile<FailurePatternData>[];
  postmortems: ParsedFile<PostmortemData>[];
  errors: ContentError[];
}

export interface KnownKeys {
  limits: Set<string>;
  patterns: Set<string>;
}

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

  const limitIds = new Set([...known.limits, ...limits.map((l) => l.data.id)]);
  const patternSlugs = new Set([...known.patterns, ...patterns.map((p) => p.data.slug)]);
  const keepPatterns = patterns.filter((p) =>
    check(
      errors,
      p.file,
      p.data.related.map((slug, i) => [`related[${i}]`, slug, patternSlugs.has(slug), "pattern"]),
    ),
  );
  const keepPostmortems = postmortems.filter((pm) =>
    check(errors, pm.file, [
      ...pm.data.patterns.map((p, i): Ref => [`patterns[${i}]`, p.slug, patternSlugs.has(p.slug), "pattern"]),
      ...pm.data.limits.map((l, i): Ref => [`limits[${i}].limit`, l.limit, limitIds.has(l.limit), "limit"]),
    ]),
  );
  return { limits, patterns: keepPatterns, postmortems: keepPostmortems, errors };
}

type Ref = [field: string, key: string, exists: boolean, what: string];

function check(errors: ContentError[], file: string, refs: Ref[]): boolean {
  const missing = refs.filter(([, , exists]) => !exists);
  if (missing.length === 0) return true;
  const [[field, key, , what], ...rest] = missing as [Ref, ...Ref[]];
  errors.push(
    new ContentError(
      file,
      field,
      `unknown ${what} "${key}"`,
      rest.map(([f, k, , w]) => ({ field: f, detail: `unknown ${w} "${k}"` })),
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
