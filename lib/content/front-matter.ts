import matter from "gray-matter";
import YAML from "yaml";

import { ContentError } from "./content-error";

export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Splits a content file into YAML front matter and markdown body. YAML 1.2
 * core schema: dates stay strings, so time-zone offsets are never lost.
 */
export function readFrontMatter(file: string, text: string): MarkdownFile {
  if (!/^---\r?\n/.test(text))
    throw new ContentError(file, undefined, "missing front matter: the file must start with a line `---`");
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: { yaml: (source: string) => YAML.parse(source, { prettyErrors: true }) as object },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ContentError(file, undefined, `malformed YAML front matter: ${detail}`);
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ContentError(file, undefined, "front matter must be a YAML mapping of fields");
  }
  return { data: data as Record<string, unknown>, body: parsed.content };
}

export function writeFrontMatter(data: Record<string, unknown>, body: string): string {
  const yaml = YAML.stringify(data, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
  const trimmedBody = body.trim();
  return `---\n${yaml}---\n${trimmedBody ? `\n${trimmedBody}\n` : ""}`;
}
