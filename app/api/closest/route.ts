// GET /api/closest?to=<name> - the published postmortems whose slug or title is closest to a name (the 404 page's suggestions)
import { z } from "zod";

import { parseQuery } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { listPostmortemsLike } from "@/lib/postmortems/similar";
import { requiredText } from "@/lib/validations/common";

export const dynamic = "force-dynamic";

const closestQuerySchema = z.object({ to: requiredText(200) });

export const GET = route(async (request) => {
  await requireReader(request);
  const { to } = parseQuery(request, closestQuerySchema);
  return json({ postmortems: await listPostmortemsLike(to) });
});
