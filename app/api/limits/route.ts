// POST /api/limits - create a limit of the catalog (version 1; authors and above, as from the postmortem editor)
import { parseJson } from "@/lib/api/parse";
import { created, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { createLimit } from "@/lib/use-cases/save-limit";
import { catalogBodySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

// The limit itself is validated by createLimit (limitSchema, field paths as in content files).
export const POST = route(async (request) => {
  const user = await requireRole(request, "author", "create limits");
  return created(await createLimit(await parseJson(request, catalogBodySchema), user));
});
