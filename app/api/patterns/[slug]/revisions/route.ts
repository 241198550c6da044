// GET /api/patterns/<slug>/revisions - the history of a failure pattern, newest first
import { parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { CatalogNotFoundError } from "@/lib/catalog/errors";
import { listPatternRevisions } from "@/lib/patterns/editing";
import { slugParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  await requireRole(request, "author", "read the history of failure patterns");
  const revisions = await listPatternRevisions(slug);
  if (!revisions) throw new CatalogNotFoundError("pattern", slug);
  return json({ revisions });
});
