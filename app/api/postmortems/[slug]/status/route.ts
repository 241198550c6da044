// POST /api/postmortems/<slug>/status - move a postmortem through review (draft, in_review, published)
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { changeStatus } from "@/lib/use-cases/change-postmortem-status";
import { slugParamsSchema, statusBodySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const POST = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "change the status of postmortems");
  const body = await parseJson(request, statusBodySchema);
  return json(await changeStatus(slug, body, user));
});
