// Every request: an address whose percent-encoding does not decode is a 400 here.
// HINDSIGHT_REQUIRE_LOGIN=true: every page and API needs an account (a valid
// session or API token, checked against the database, not just a cookie's
// presence). Pages redirect to /sign-in; the API answers 401. Route handlers
// check again on their own (lib/auth/require-role.ts requireReader).
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

import { ApiError } from "@/lib/api/errors";
import { isDatabaseUnavailable } from "@/lib/api/route";
import { loginRequired } from "@/lib/auth/login-required";
import { cachedRoute, isLiveRoute, liveRoute, postmortemSlugOf, unpublishedRoute } from "@/lib/cache/cached-routes";
import { identify } from "@/lib/auth/require-role";
import { databaseUnreachableSince, noteDatabaseUnreachable } from "@/lib/db/availability";
import { findPostmortemStatus } from "@/lib/postmortems/queries";
import { hasMalformedEncoding, malformedPathMessage } from "@/lib/http/malformed-path";

/** Reachable signed out: the sign-in pages and what they call, and the health check. */
const open = [
  /^\/sign-in\/?$/,
  /^\/sign-up\/?$/,
  /^\/setup\/?$/,
  /^\/api\/auth(\/|$)/,
  /^\/api\/health\/?$/,
  /^\/api\/setup\/?$/,
];

const pageCacheOff = /^(off|false|0|no)$/i.test(process.env.HINDSIGHT_PAGE_CACHE ?? "");

/**
 * A signed-in reader of /postmortems/<slug> whose postmortem is a draft or in
 * review goes to the per-request page that checks the session
 * (app/(kb)/unpublished/[slug]): so the cached page never renders a draft, and
 * every published page, and every reader without a session, stays on the
 * cache. The cookie is only looked at, not trusted: the page decides.
 */
async function unpublishedPage(request: NextRequest): Promise<string | null> {
  const slug = postmortemSlugOf(request.nextUrl.pathname);
  if (!slug || !getSessionCookie(request)) return null;
  // While the database is known to be away, no lookup (it would wait for its timeout on every page):
  // the cached page (or its 404), as for anyone.
  if (databaseUnreachableSince()) return null;
  try {
    const status = await findPostmortemStatus(slug);
    return status && status !== "published" ? unpublishedRoute(slug) : null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) noteDatabaseUnreachable();
    console.error(
      `proxy: status lookup failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    return null;
  }
}

/** Let the request through; a reading page goes to its cached internal route (lib/cache/cached-routes.ts). */
async function next(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The uncached twins are for HINDSIGHT_PAGE_CACHE=off only.
  if (isLiveRoute(pathname) && !pageCacheOff) return NextResponse.rewrite(new URL("/404-not-a-page", request.url));
  const unpublished = await unpublishedPage(request);
  if (unpublished) {
    const url = request.nextUrl.clone();
    url.pathname = unpublished;
    return NextResponse.rewrite(url);
  }
  const cached = pageCacheOff ? liveRoute(pathname, searchParams) : cachedRoute(pathname, searchParams);
  if (!cached) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = cached;
  return NextResponse.rewrite(url);
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) {
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: { code: "invalid_path", message: malformedPathMessage } }, { status: 400 })
      : new NextResponse(malformedPathMessage, {
          status: 400,
          headers: { "content-type": "text/plain; charset=utf-8" },
        });
  }
  if (!loginRequired()) return next(request);
  if (open.some((pattern) => pattern.test(pathname))) return next(request);
  const api = pathname.startsWith("/api/");
  try {
    const { user } = await identify(request);
    if (user) return next(request);
  } catch (error) {
    if (!(error instanceof ApiError)) {
      console.error(
        `proxy: session check failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
      return api
        ? NextResponse.json(
            {
              error: {
                code: "database_unavailable",
                message: "Sign-in cannot be checked right now. Try again in a moment.",
              },
            },
            { status: 503, headers: { "retry-after": "5" } },
          )
        : new NextResponse("Sign-in cannot be checked right now. Try again in a moment.", {
            status: 503,
            headers: { "retry-after": "5" },
          });
    }
    if (api) return NextResponse.json(error.body(), { status: error.status });
  }
  if (api) {
    return NextResponse.json(
      {
        error: {
          code: "unauthorized",
          message: "This Hindsight requires an account: sign in, or send an API token (Authorization: Bearer hs_...).",
        },
      },
      { status: 401 },
    );
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|robots.txt|manifest.webmanifest|icons/).*)",
  ],
};
