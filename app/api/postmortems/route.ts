// POST /api/postmortems - create a postmortem (a draft, version 1)
import { readBody } from "@/lib/api/parse";
import { badRequest } from "@/lib/api/errors";
import { created, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { createPostmortem } from "@/lib/postmortems/save-postmortem";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const user = await requireRole(request, "author", "create postmortems");
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    throw badRequest("invalid_json", "The body must be a JSON postmortem.", "(body)");
  }
  return created(await createPostmortem(body, user));
});
