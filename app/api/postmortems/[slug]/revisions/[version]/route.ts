// GET /api/postmortems/<slug>/revisions/<version> - one revision: its postmortem and content-file text
import { notFound } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { findPostmortemRef } from "@/lib/postmortems/queries";
import { getRevision } from "@/lib/postmortems/revisions";
import { revisionParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string; version: string }>(async (request, params) => {
  const { slug, version } = parseParams(params, revisionParamsSchema);
  const user = await requireRole(request, "author", "read the history of postmortems");
  const ref = await findPostmortemRef(slug, user);
  const revision = ref ? await getRevision(ref.id, version) : null;
  if (!revision) throw notFound(`Postmortem "${slug}" has no version ${version}.`);
  return json(revision);
});
