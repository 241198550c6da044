// GET /api/patterns/suggest?text=... - failure patterns that fit the text written so far, best first
import { parseQuery } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { suggestPatterns } from "@/lib/patterns/suggestions";
import { suggestQuerySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  await requireReader(request);
  const { text, limit, exclude } = parseQuery(request, suggestQuerySchema);
  return json({ suggestions: await suggestPatterns(text, { limit, exclude }) });
});
