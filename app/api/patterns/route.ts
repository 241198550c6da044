// POST /api/patterns - create a failure pattern (version 1; authors and above)
import { parseJson } from "@/lib/api/parse";
import { created, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { createPattern } from "@/lib/use-cases/save-pattern";
import { catalogBodySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

// The pattern itself is validated by createPattern (failurePatternSchema, field paths as in content files).
export const POST = route(async (request) => {
  const user = await requireRole(request, "author", "create failure patterns");
  return created(await createPattern(await parseJson(request, catalogBodySchema), user));
});
