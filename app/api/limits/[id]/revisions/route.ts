// GET /api/limits/<id>/revisions - the history of a limit, newest first
import { parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { CatalogNotFoundError } from "@/lib/catalog/errors";
import { listLimitRevisions } from "@/lib/limits/editing";
import { limitParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (request, params) => {
  const { id } = parseParams(params, limitParamsSchema);
  await requireRole(request, "author", "read the history of limits");
  const revisions = await listLimitRevisions(id);
  if (!revisions) throw new CatalogNotFoundError("limit", id);
  return json({ revisions });
});
