// GET /api/limits/<id> - a limit for its edit form, with its version (PUT: save an edit based on that version; reviewers and above)
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireReader, requireRole } from "@/lib/auth/require-role";
import { CatalogNotFoundError } from "@/lib/catalog/errors";
import { getLimitForEditing } from "@/lib/limits/editing";
import { saveLimit } from "@/lib/use-cases/save-limit";
import { limitParamsSchema, limitSaveBodySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (request, params) => {
  const { id } = parseParams(params, limitParamsSchema);
  await requireReader(request);
  const current = await getLimitForEditing(id);
  if (!current) throw new CatalogNotFoundError("limit", id);
  return json(current);
});

export const PUT = route<{ id: string }>(async (request, params) => {
  const { id } = parseParams(params, limitParamsSchema);
  const user = await requireRole(request, "reviewer", "edit limits");
  return json(await saveLimit(id, await parseJson(request, limitSaveBodySchema), user));
});
