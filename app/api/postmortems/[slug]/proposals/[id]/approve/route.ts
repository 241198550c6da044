// POST /api/postmortems/<slug>/proposals/<id>/approve - publish a proposed change as a new version (reviewers)
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { approveProposal } from "@/lib/use-cases/review-proposal";
import { decisionBodySchema, proposalParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const POST = route<{ slug: string; id: string }>(async (request, params) => {
  const { slug, id } = parseParams(params, proposalParamsSchema);
  const user = await requireRole(request, "reviewer", "approve proposed changes");
  const body = await parseJson(request, decisionBodySchema);
  return json(await approveProposal(slug, id, body, user));
});
