// GET /api/patterns/suggest?text=... - failure patterns that fit the text written so far, best first
import { badRequest } from "@/lib/api/errors";
import { json, route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { suggestPatterns } from "@/lib/data/pattern-suggestions";
import { formatPath } from "@/lib/validations/format-issues";
import { suggestQuerySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  await requireReader(request);
  const params = new URL(request.url).searchParams;
  const parsed = suggestQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = formatPath(issue.path) || "(query)";
    throw badRequest("invalid_parameter", `${field}: ${issue.message}`, field);
  }
  return json({
    suggestions: await suggestPatterns(parsed.data.text, { limit: parsed.data.limit, exclude: parsed.data.exclude }),
  });
});
