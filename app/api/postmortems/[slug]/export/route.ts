// GET /api/postmortems/<slug>/export - the postmortem as a content file (markdown with front matter)
import { notFound } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/parse";
import { noStore, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { findPostmortemRef } from "@/lib/postmortems/queries";
import { exportPostmortem } from "@/lib/use-cases/transfer-postmortem";
import { slugParamsSchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  const { slug } = parseParams(params, slugParamsSchema);
  const user = await requireRole(request, "author", "export postmortems");
  const ref = await findPostmortemRef(slug, user);
  if (!ref) throw notFound(`There is no postmortem "${slug}".`);
  return new Response(await exportPostmortem(ref.id), {
    headers: {
      ...noStore,
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${ref.slug}.md"`,
      "x-postmortem-version": String(ref.version),
    },
  });
});
