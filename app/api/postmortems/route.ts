// POST /api/postmortems - create a postmortem (a draft, version 1)
import { z } from "zod";

import { parseJson } from "@/lib/api/parse";
import { created, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { createPostmortem } from "@/lib/use-cases/save-postmortem";

export const dynamic = "force-dynamic";

// The postmortem itself is validated by createPostmortem (postmortemSchema, field paths as in content files).
const bodySchema = z.record(z.string(), z.unknown(), { error: "must be a postmortem object" });

export const POST = route(async (request) => {
  const user = await requireRole(request, "author", "create postmortems");
  return created(await createPostmortem(await parseJson(request, bodySchema), user));
});
