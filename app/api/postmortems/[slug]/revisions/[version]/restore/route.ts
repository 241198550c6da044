// POST /api/postmortems/<slug>/revisions/<version>/restore - restore an old version as a new revision (202: proposed for review)
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { restoreRevision } from "@/lib/use-cases/restore-revision";
import { restoreBodySchema, revisionParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const POST = route<{ slug: string; version: string }>(async (request, params) => {
  const { slug, version } = parseParams(params, revisionParamsSchema);
  const user = await requireRole(request, "author", "restore revisions");
  const body = await parseJson(request, restoreBodySchema);
  const result = await restoreRevision(slug, version, body, user);
  return json(result, { status: "proposal" in result ? 202 : 200 });
});
