// DELETE /api/tokens/<id> - revoke one of your API tokens
import { notFound } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { requireUser } from "@/lib/auth/require-role";
import { uuidParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

// Any signed-in user may revoke their own tokens (also after losing the author role).
export const DELETE = route<{ id: string }>(async (request, params) => {
  const { id } = parseParams(params, uuidParamsSchema);
  const user = await requireUser(request);
  if (!(await revokeApiToken(user.id, id))) throw notFound("You have no such token.");
  return json({ revoked: id });
});
