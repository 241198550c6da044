// GET /api/postmortems/<slug>/proposals - proposed changes to a published postmortem, newest first (?status=pending)
import { notFound } from "@/lib/api/errors";
import { parseData, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { listPostmortemProposals } from "@/lib/postmortems/queries";
import { proposalsQuerySchema, slugParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "read proposed changes");
  const { status } = parseData(Object.fromEntries(new URL(request.url).searchParams), proposalsQuerySchema);
  const proposals = await listPostmortemProposals(slug, user, status);
  if (!proposals) throw notFound(`There is no postmortem "${slug}".`);
  return json({ proposals });
});
