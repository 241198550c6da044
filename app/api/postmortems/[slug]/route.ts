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

// An author's change to a published postmortem is a proposal for review: 202 { status: "pending_review", proposal }.
export const PUT = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "edit postmortems");
  const body = await parseJson(request, saveBodySchema);
  const result = await savePostmortem(slug, body, user);
  return json(result, { status: "proposal" in result ? 202 : 200 });
});
