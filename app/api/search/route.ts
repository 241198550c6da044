// GET /api/search - outage search over postmortems, failure patterns and limits (POST: the same with a JSON body, for long pastes)
import { ApiError } from "@/lib/api/errors";
import { parseParameters, parseQuery, readJson } from "@/lib/api/parse";
import { isDatabaseUnavailable, json, route, toApiError } from "@/lib/api/route";
import { loginRequired } from "@/lib/auth/login-required";
import { requireReader } from "@/lib/auth/require-role";
import { visibleStatus } from "@/lib/postmortems/visibility";
import { searchWithFallback } from "@/lib/search/snapshot/search-with-fallback";
import { searchParamsSchema, type SearchParams } from "@/lib/validations/search";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => respond(request, parseQuery(request, searchParamsSchema)));

export const POST = route(async (request) => {
  const body = await readJson(request, 'The body must be JSON: { "q": "...", "provider": "..." }', { read: true });
  return respond(request, parseParameters(body, searchParamsSchema));
});

/** The caller; while the database is unreachable nobody can be looked up: an anonymous reader, unless login is required (503). */
async function reader(request: Request) {
  try {
    return await requireReader(request);
  } catch (error) {
    if (isDatabaseUnavailable(error) && !loginRequired()) return null;
    throw error;
  }
}

async function respond(request: Request, params: SearchParams) {
  const user = await reader(request);
  try {
    return json(await searchWithFallback({ ...params, status: visibleStatus(params.status, user) }));
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
