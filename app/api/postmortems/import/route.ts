// POST /api/postmortems/import - import a content file (text/markdown, or JSON { text }); ?replace=<version> overwrites
import { badRequest } from "@/lib/api/errors";
import { parseData, readBody } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { importPostmortem } from "@/lib/use-cases/transfer-postmortem";
import { importQuerySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const user = await requireRole(request, "author", "import postmortems");
  const url = new URL(request.url);
  const { replace } = parseData(Object.fromEntries(url.searchParams), importQuerySchema);
  const text = await uploadedText(request);
  const result = await importPostmortem(text, { replace }, user);
  if ("proposal" in result) return json(result, { status: 202 });
  return json({ slug: result.slug, version: result.version }, { status: result.created ? 201 : 200 });
});

async function uploadedText(request: Request): Promise<string> {
  const body = await readBody(request);
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw badRequest(
      "invalid_json",
      'The body must be JSON { "text": "---\\n..." }, or send the file itself as text/markdown.',
      "(body)",
    );
  }
  const text = (parsed as { text?: unknown } | null)?.text;
  if (typeof text !== "string") throw badRequest("invalid_body", 'Expected { "text": "<the content file>" }.', "text");
  return text;
}
