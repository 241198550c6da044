// GET|POST /api/auth/* - Better Auth: sign up, sign in, sign out, session (email + password)
import { toNextJsHandler } from "better-auth/next-js";

import { authFor } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Better Auth's own limiter says when in X-Retry-After; clients and proxies read the standard Retry-After. */
async function withRetryAfter(response: Response): Promise<Response> {
  const seconds = response.headers.get("x-retry-after");
  if (response.status !== 429 || !seconds || response.headers.has("retry-after")) return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", seconds);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// Per request: the cookie flavour (Secure or not) follows the request's protocol.
export const GET = async (request: Request) => withRetryAfter(await toNextJsHandler(authFor(request)).GET(request));
export const POST = async (request: Request) => withRetryAfter(await toNextJsHandler(authFor(request)).POST(request));
