import type { FieldError } from "./format-issues";
import type { PostmortemData } from "./postmortem";

/** The pattern slugs and limit ids that exist: in the database, or in the content being imported. */
export interface KnownKeys {
  limits: ReadonlySet<string>;
  patterns: ReadonlySet<string>;
}

/**
 * The one reference rule: every pattern and limit a postmortem names exists.
 * The content importer checks it in memory, the API against the database.
 */
export function unknownReferences(data: Pick<PostmortemData, "patterns" | "limits">, known: KnownKeys): FieldError[] {
  return [
    ...data.patterns.flatMap((p, i) =>
      known.patterns.has(p.slug) ? [] : [{ field: `patterns[${i}]`, message: `unknown pattern "${p.slug}"` }],
    ),
    ...data.limits.flatMap((l, i) =>
      known.limits.has(l.limit) ? [] : [{ field: `limits[${i}].limit`, message: `unknown limit "${l.limit}"` }],
    ),
  ];
}

/** A pattern's `related` slugs that name no pattern. */
export function unknownRelatedPatterns(related: string[], known: ReadonlySet<string>): FieldError[] {
  return related.flatMap((slug, i) =>
    known.has(slug) ? [] : [{ field: `related[${i}]`, message: `unknown pattern "${slug}"` }],
  );
}
