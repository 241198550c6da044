import type { z } from "zod";

import { unprocessable } from "@/lib/api/errors";
import { toFieldErrors } from "@/lib/validations/format-issues";

/** Keys that name pages or routes of their own (/patterns/new, /limits/new, /api/patterns/suggest). */
const reserved = new Set(["new", "suggest"]);

/**
 * Validates a pattern or limit from the API with the schema of its content
 * file (field errors as there, e.g. `docUrl`); `overrides` replace what the
 * caller may not set (the slug or id of a save).
 */
export function parseCatalogEntry<S extends z.ZodType>(
  schema: S,
  input: unknown,
  key: "slug" | "id",
  overrides: Record<string, string> = {},
): z.output<S> {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw unprocessable([{ field: "(root)", message: "must be an object" }]);
  const result = schema.safeParse({ ...input, ...overrides });
  if (!result.success) throw unprocessable(toFieldErrors(result.error));
  const value = (result.data as Record<string, unknown>)[key];
  if (typeof value === "string" && reserved.has(value))
    throw unprocessable([{ field: key, message: `"${value}" is reserved: choose another ${key}` }]);
  return result.data;
}
