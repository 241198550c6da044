import { postgresError } from "@/lib/db/postgres-error";
import { formatPath } from "@/lib/validations/format-issues";

import { ContentError } from "./content-error";

/**
 * A validated file the database still refused, as `file: field: message`:
 * the field is found in the data for the values PostgreSQL cannot store,
 * and no Prisma dump (with our source paths in it) reaches the reader.
 */
export function databaseRefusal(file: string, data: unknown, error: unknown): ContentError {
  const pg = postgresError(error);
  if (pg) {
    for (const refusal of refusals) {
      if (!refusal.codes.includes(pg.code)) continue;
      const field = findValue(data, refusal.matches);
      if (field) return new ContentError(file, field, refusal.message);
    }
    return new ContentError(
      file,
      undefined,
      `not imported: the database refused it: ${pg.message} (SQLSTATE ${pg.code})`,
    );
  }
  return new ContentError(file, undefined, `not imported: ${reason(error)}`);
}

const refusals: { codes: string[]; matches: (value: unknown) => boolean; message: string }[] = [
  {
    codes: ["22021", "22P05"],
    matches: (value) => typeof value === "string" && value.includes("\u0000"),
    message: "contains a NUL character (U+0000), which the database cannot store: remove it",
  },
  {
    codes: ["22007", "22008"],
    matches: (value) => typeof value === "string" && /^0000-\d\d-\d\d/.test(value),
    message: "year 0000 does not exist (the year before 1 AD is 1 BC): the database cannot store this date",
  },
];

/** The path of the first value in `data` that `matches`, as `timeline[3].at`. */
function findValue(data: unknown, matches: (value: unknown) => boolean, path: PropertyKey[] = []): string | null {
  if (matches(data)) return formatPath(path) || "(root)";
  if (data === null || typeof data !== "object") return null;
  const entries = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data);
  for (const [key, value] of entries) {
    const found = findValue(value, matches, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** An error's own reason: Prisma prefixes it with the invocation and a frame of our source, which we drop. */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (!/^\s*Invalid `/.test(text)) return text;
  const lines = text.split("\n").filter((line) => line.trim());
  return lines[lines.length - 1]!.trim();
}
