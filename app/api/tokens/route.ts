// GET /api/tokens - your API tokens (POST: create one; its secret is in the answer, once)
import { ApiError } from "@/lib/api/errors";
import { parseJson } from "@/lib/api/parse";
import { created, json, route } from "@/lib/api/route";
import { createApiToken, listApiTokens, TooManyTokensError } from "@/lib/auth/api-tokens";
import { requireRole } from "@/lib/auth/require-role";
import { tokenBodySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const user = await requireRole(request, "author", "use API tokens");
  return json({ tokens: await listApiTokens(user.id) });
});

export const POST = route(async (request) => {
  const user = await requireRole(request, "author", "create API tokens");
  const { name } = await parseJson(request, tokenBodySchema);
  try {
    const { token, secret } = await createApiToken(user.id, name);
    return created({ token, secret });
  } catch (error) {
    if (error instanceof TooManyTokensError) throw new ApiError(409, "too_many_tokens", error.message);
    throw error;
  }
});
