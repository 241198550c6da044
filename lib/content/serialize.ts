import type { ContentKind } from "./formats";
import { writeFrontMatter } from "./front-matter";
import { writeSections } from "./sections";

/** The content-file text of one item: front matter for fields, `## Sections` for prose. */
export function serializeContent<T>(kind: ContentKind<T>, item: T): string {
  const fields: Record<string, unknown> = {};
  const sections: Record<string, string> = {};
  for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
    if (key in kind.sections) sections[key] = String(value ?? "");
    else fields[key] = compact(value);
  }
  return writeFrontMatter(fields, writeSections(sections, kind.sections));
}

/** Drops undefined fields and empty lists so exported files stay readable. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, compact(v)]));
  }
  return value;
}
