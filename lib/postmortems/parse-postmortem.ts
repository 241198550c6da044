import { unprocessable } from "@/lib/api/errors";
import { toFieldErrors } from "@/lib/validations/format-issues";
import { postmortemSchema, type PostmortemData } from "@/lib/validations/postmortem";

/** Slugs that name pages of their own under /postmortems/ and /api/postmortems/. */
const reservedSlugs = new Set(["new", "import"]);

/**
 * Validates a postmortem from the API with `postmortemSchema` (field errors as
 * in content files, e.g. `timeline[3].at`); `overrides` replace fields the
 * caller may not set (the slug of a save, the status).
 */
export function parsePostmortem(
  input: unknown,
  overrides: Partial<Pick<PostmortemData, "slug" | "status">> = {},
): PostmortemData {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw unprocessable([{ field: "(root)", message: "must be a postmortem object" }]);
  }
  const result = postmortemSchema.safeParse({ ...input, status: "draft", ...overrides });
  if (!result.success) throw unprocessable(toFieldErrors(result.error));
  return result.data;
}

export function assertSlugAvailable(slug: string): void {
  if (reservedSlugs.has(slug))
    throw unprocessable([{ field: "slug", message: `"${slug}" is reserved: choose another slug` }]);
}
