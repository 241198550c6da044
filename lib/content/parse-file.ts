import { createHash } from "node:crypto";

import { toFieldErrors } from "@/lib/validations/format-issues";

import { ContentError } from "./content-error";
import type { ContentKind } from "./formats";
import { readFrontMatter } from "./front-matter";
import { readSections } from "./sections";

export interface ParsedFile<T> {
  file: string;
  data: T;
  /** sha256 of the file text: an unchanged file is not written again. */
  hash: string;
}

/** Parses and validates one content file; throws ContentError naming the field. */
export function parseContentFile<T>(kind: ContentKind<T>, file: string, text: string): ParsedFile<T> {
  const { data, body } = readFrontMatter(file, text);
  for (const field of Object.keys(kind.sections)) {
    if (field in data)
      throw new ContentError(
        file,
        field,
        `belongs in the markdown section "## ${kind.sections[field]}", not in the front matter`,
      );
  }
  const sections = readSections(file, body, kind.sections);
  const input = { ...data, ...sections };
  const result = kind.schema.safeParse(input);
  if (!result.success) {
    const [first, ...rest] = toFieldErrors(result.error, input).map((e) => ({ field: e.field, detail: e.message }));
    throw new ContentError(file, first!.field, first!.detail, rest);
  }
  return { file, data: result.data, hash: createHash("sha256").update(text).digest("hex") };
}
