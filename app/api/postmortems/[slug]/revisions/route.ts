// GET /api/postmortems/<slug>/revisions - the history of a postmortem, newest first
import { notFound } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { findPostmortemRef } from "@/lib/postmortems/queries";
import { listRevisions } from "@/lib/postmortems/revisions";
import { slugParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "read the history of postmortems");
  const ref = await findPostmortemRef(slug, user);
  if (!ref) throw notFound(`There is no postmortem "${slug}".`);
  return json({ revisions: await listRevisions(ref.id) });
});
