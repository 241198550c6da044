import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

import { ContentError } from "./content-error";

/** Maps a `## Heading` of a content file to the field it fills. */
export type SectionMap<F extends string> = Readonly<Record<F, string>>;

/**
 * Reads `## Heading` sections from a markdown body. Headings inside code
 * fences are not sections (the markdown parser knows the difference).
 */
export function readSections<F extends string>(
  file: string,
  body: string,
  headings: SectionMap<F>,
): Partial<Record<F, string>> {
  const byHeading = new Map(
    Object.entries<string>(headings).map(([field, heading]) => [heading.toLowerCase(), field as F]),
  );
  const tree = fromMarkdown(body);
  const starts = tree.children
    .filter((node) => node.type === "heading" && node.depth === 2)
    .map((node) => ({
      title: toString(node).trim(),
      start: node.position!.start.offset!,
      end: node.position!.end.offset!,
    }));

  const leading = body.slice(0, starts[0]?.start ?? body.length).trim();
  if (leading)
    throw new ContentError(
      file,
      undefined,
      `text before the first section: start prose with one of ${formatHeadings(headings)}`,
    );

  const out: Partial<Record<F, string>> = {};
  starts.forEach((section, index) => {
    const field = byHeading.get(section.title.toLowerCase());
    if (!field)
      throw new ContentError(
        file,
        undefined,
        `unknown section "## ${section.title}": expected one of ${formatHeadings(headings)}`,
      );
    if (out[field] !== undefined)
      throw new ContentError(file, undefined, `section "## ${section.title}" appears twice`);
    out[field] = body.slice(section.end, starts[index + 1]?.start ?? body.length).trim();
  });
  return out;
}

export function writeSections<F extends string>(values: Partial<Record<F, string>>, headings: SectionMap<F>): string {
  return (Object.entries<string>(headings) as Array<[F, string]>)
    .filter(([field]) => values[field])
    .map(([field, heading]) => `## ${heading}\n\n${values[field]}`)
    .join("\n\n");
}

function formatHeadings(headings: SectionMap<string>): string {
  return Object.values(headings)
    .map((heading) => `"## ${heading}"`)
    .join(", ");
}
