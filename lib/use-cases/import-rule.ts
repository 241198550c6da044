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

/** What the importer needs to know of a stored row. */
export interface StoredSource {
  sourcePath: string | null;
  /** Postmortems only: the current version, which is also the revision it can be restored from. */
  version?: number;
  /** Postmortems only: the latest write was not content:import's (a save, a status change, an upload). */
  editedInApp?: boolean;
  /** Postmortems only: some version of it came from a content file. */
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
