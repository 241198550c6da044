// GET /api/search - outage search over postmortems, failure patterns and limits (POST: the same with a JSON body, for long pastes)
import { NextResponse } from "next/server";

import { ApiError } from "@/lib/api/errors";
import { isDatabaseUnavailable } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { canEdit, type SessionUser } from "@/lib/auth/roles";
import { searchEverything } from "@/lib/search/search-everything";
import { parseSearchInput, parseSearchParams, type SearchParams } from "@/lib/validations/search";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

export async function GET(request: Request) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if ("error" in parsed) return NextResponse.json({ error: parsed.error }, { status: 400, headers: noStore });
  return respond(request, parsed.data);
}

export async function POST(request: Request) {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return NextResponse.json(
      {
        error: {
          code: "invalid_json",
          message: 'The body must be JSON: { "q": "...", "provider": "..." }',
          field: "(body)",
        },
      },
      { status: 400, headers: noStore },
    );
  }
  const parsed = parseSearchInput(body);
  if ("error" in parsed) return NextResponse.json({ error: parsed.error }, { status: 400, headers: noStore });
  return respond(request, parsed.data);
}

/** Drafts and postmortems in review are for authors and above: anyone else searches published ones, whatever `status` says. */
function visibleTo(params: SearchParams, user: SessionUser | null): SearchParams {
  return canEdit(user?.role) ? params : { ...params, status: "published" };
}

async function respond(request: Request, params: SearchParams) {
  try {
    const user = await requireReader(request);
    return NextResponse.json(await searchEverything(visibleTo(params, user)), { headers: noStore });
  } catch (error) {
    if (error instanceof ApiError) return NextResponse.json(error.body(), { status: error.status, headers: noStore });
    const unreachable = isDatabaseUnavailable(error);
    console.error(
      `search failed: ${error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error)}`,
    );
    return NextResponse.json(
      {
        error: unreachable
          ? {
              code: "database_unavailable",
              message: "The search database is not reachable right now. Try again in a moment.",
            }
          : {
              code: "search_unavailable",
              message: "Search could not answer this query right now. Try again, or shorten the query.",
            },
      },
      { status: 503, headers: { ...noStore, "retry-after": "5" } },
    );
  }
}
