// POST /api/setup - first run: create the first admin and sign them in (404 once any account exists)
import { notFound } from "@/lib/api/errors";
import { parseJson } from "@/lib/api/parse";
import { route } from "@/lib/api/route";
import { assertSameOrigin } from "@/lib/auth/require-role";
import { createFirstAdmin } from "@/lib/auth/setup";
import { setupBodySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  assertSameOrigin(request);
  const body = await parseJson(request, setupBodySchema);
  const response = await createFirstAdmin(request, body);
  if (!response) throw notFound("Hindsight is already set up: sign in instead.");
  return response;
});
