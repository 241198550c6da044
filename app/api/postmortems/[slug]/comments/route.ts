// GET /api/postmortems/<slug>/comments - review comments, oldest first (POST: add one)
import { notFound } from "@/lib/api/errors";
import { parseJson, parseParams } from "@/lib/api/parse";
import { created, json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { addComment, listComments } from "@/lib/postmortems/comments";
import { findPostmortemRef } from "@/lib/postmortems/queries";
import { commentBodySchema, slugParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "read review comments");
  const ref = await findPostmortemRef(slug, user);
  if (!ref) throw notFound(`There is no postmortem "${slug}".`);
  return json({ comments: await listComments(ref.id) });
});

export const POST = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "comment on postmortems");
  const { body } = await parseJson(request, commentBodySchema);
  const ref = await findPostmortemRef(slug, user);
  if (!ref) throw notFound(`There is no postmortem "${slug}".`);
  return created({ comment: await addComment(ref.id, user.id, body) });
});
