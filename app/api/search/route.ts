// GET /api/search - outage search over postmortems, failure patterns and limits (POST: the same with a JSON body, for long pastes)
import { ApiError } from "@/lib/api/errors";
import { parseParameters, parseQuery, readJson } from "@/lib/api/parse";
import { json, route, toApiError } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { visibleStatus } from "@/lib/postmortems/visibility";
import { searchEverything } from "@/lib/search/search-everything";
import { searchParamsSchema, type SearchParams } from "@/lib/validations/search";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => respond(request, parseQuery(request, searchParamsSchema)));

export const POST = route(async (request) => {
  const body = await readJson(request, 'The body must be JSON: { "q": "...", "provider": "..." }', { read: true });
  return respond(request, parseParameters(body, searchParamsSchema));
});

async function respond(request: Request, params: SearchParams) {
  const user = await requireReader(request);
  try {
    return json(await searchEverything({ ...params, status: visibleStatus(params.status, user) }));
  } catch (error) {
    const known = toApiError(error);
    if (known) throw known;
    // A query the planner cannot answer is a passing problem for the person searching, not a server fault.
    console.error(
      `search failed: ${error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error)}`,
    );
    throw new ApiError(
      503,
      "search_unavailable",
      "Search could not answer this query right now. Try again, or shorten the query.",
      {
        headers: { "retry-after": "5" },
      },
    );
  }
}
