// GET /api/postmortems/<slug>/proposals/<id> - one proposal: its content and the published version, as content files
import { notFound } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { getPostmortemProposal } from "@/lib/postmortems/queries";
import { proposalParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string; id: string }>(async (request, params) => {
  const { slug, id } = parseParams(params, proposalParamsSchema);
  const user = await requireRole(request, "author", "read proposed changes");
  const proposal = await getPostmortemProposal(slug, id, user);
  if (!proposal) throw notFound(`Postmortem "${slug}" has no proposal ${id}.`);
  return json(proposal);
});
