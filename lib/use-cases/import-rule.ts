/**
 * When content:import may write a file over what the database holds. One
 * rule for postmortems, patterns and limits; docs/content-format.md
 * ("Importing over what exists") says it in prose.
 *
 * A row belongs to a file when the importer last wrote it from that file:
 * `sourcePath` is the file's path relative to the project directory. A row
 * with no `sourcePath` was either written before paths were recorded (any
 * file may take it over: it came from a file) or, for a postmortem,
 * written in the app.
 */

/** A revision content:import wrote (the browser's upload of a postmortem has an author). */
const byContentImport = (revision: { kind: string; authorId: string | null }) =>
  revision.kind === "import" && revision.authorId === null;

/** What the rule needs of a stored row with its revisions (newest first): postmortems, patterns and limits alike. */
export function storedSourceOf(row: {
  sourcePath: string | null;
  version: number;
  revisions: Array<{ kind: string; authorId: string | null }>;
}): Required<StoredSource> {
  const [latest] = row.revisions;
  return {
    sourcePath: row.sourcePath,
    version: row.version,
    editedInApp: latest !== undefined && !byContentImport(latest),
    everImported: row.sourcePath !== null || row.revisions.some(byContentImport),
  };
}

/** What the importer needs to know of a stored row. */
export interface StoredSource {
  sourcePath: string | null;
  /** The current version, which is also the revision that holds it. */
  version?: number;
  /** The latest write was not content:import's (a save, a status change, an upload). */
  editedInApp?: boolean;
  /** Some version of it came from a content file. */
  everImported?: boolean;
}

export type ImportVerdict = { write: true; replaces?: string } | { write: false; conflict: string };

/** Whether the file at `sourcePath` may be written over `stored` (null: nothing stored yet). */
export function importVerdict(stored: StoredSource | null, sourcePath: string, overwrite: boolean): ImportVerdict {
  const conflict = stored && conflictWith(stored, sourcePath);
  if (!conflict) return { write: true };
  return overwrite ? { write: true, replaces: conflict } : { write: false, conflict };
}

function conflictWith(stored: StoredSource, sourcePath: string): string | null {
  const version = stored.version === undefined ? "" : ` (version ${stored.version})`;
  const otherFile = stored.sourcePath !== null && stored.sourcePath !== sourcePath;
  if (stored.editedInApp)
    return stored.everImported
      ? `was edited in the app since its last import (now version ${stored.version})${otherFile ? `, which was from ${stored.sourcePath}` : ""}`
      : `already exists in the database${version}: it was written in the app, not imported from a file`;
  return otherFile ? `already exists in the database${version}, imported from ${stored.sourcePath}` : null;
}
