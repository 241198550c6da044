// GET /api/patterns/<slug> - a pattern for its edit form, with its version (PUT: save an edit based on that version; reviewers and above)
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireReader, requireRole } from "@/lib/auth/require-role";
import { CatalogNotFoundError } from "@/lib/catalog/errors";
import { getPatternForEditing } from "@/lib/patterns/editing";
import { savePattern } from "@/lib/use-cases/save-pattern";
import { patternSaveBodySchema, slugParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  await requireReader(request);
  const current = await getPatternForEditing(slug);
  if (!current) throw new CatalogNotFoundError("pattern", slug);
  return json(current);
});

export const PUT = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "reviewer", "edit failure patterns");
  return json(await savePattern(slug, await parseJson(request, patternSaveBodySchema), user));
});
