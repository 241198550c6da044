// POST /api/postmortems/<slug>/proposals/<id>/reject - turn down a proposed change, with an optional comment (reviewers)
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { rejectProposal } from "@/lib/use-cases/review-proposal";
import { decisionBodySchema, proposalParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const POST = route<{ slug: string; id: string }>(async (request, params) => {
  const { slug, id } = parseParams(params, proposalParamsSchema);
  const user = await requireRole(request, "reviewer", "reject proposed changes");
  const body = await parseJson(request, decisionBodySchema);
  return json(await rejectProposal(slug, id, body, user));
});
