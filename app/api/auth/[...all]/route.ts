// GET|POST /api/auth/* - Better Auth: sign up, sign in, sign out, session (email + password)
import { toNextJsHandler } from "better-auth/next-js";

import { authFor } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

// Per request: the cookie flavour (Secure or not) follows the request's protocol.
export const GET = (request: Request) => toNextJsHandler(authFor(request)).GET(request);
export const POST = (request: Request) => toNextJsHandler(authFor(request)).POST(request);
