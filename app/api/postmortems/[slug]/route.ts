// GET /api/postmortems/<slug> - a postmortem for the editor, with its version (PUT: save an edit based on that version)
import { notFound } from "@/lib/api/errors";
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireReader, requireRole } from "@/lib/auth/require-role";
import { getPostmortemForEditing } from "@/lib/postmortems/queries";
import { savePostmortem } from "@/lib/use-cases/save-postmortem";
import { saveBodySchema, slugParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireReader(request);
  const current = await getPostmortemForEditing(slug, user);
  if (!current) throw notFound(`There is no postmortem "${slug}".`);
  return json(current);
});

export const PUT = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "edit postmortems");
  const body = await parseJson(request, saveBodySchema);
  return json(await savePostmortem(slug, body, user));
});
