import "server-only";

import { forbidden, unauthorized } from "@/lib/api/errors";

import { userForToken } from "./api-tokens";
import { loginRequired } from "./login-required";
import { hasRole, type Role, type SessionUser } from "./roles";
import { sessionUser } from "./server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Who is calling: an API token (`Authorization: Bearer hs_...`) or the
 * session cookie; null when neither. A bad token is a 401, never a fallback
 * to the cookie. A cookie-authenticated mutation must come from this site.
 */
export async function authenticate(request: Request): Promise<SessionUser | null> {
  const { user, via } = await identify(request);
  if (user && via === "session" && !SAFE_METHODS.has(request.method)) assertSameOrigin(request);
  return user;
}

/** Who the request is from, without the origin check (proxy.ts uses it for reads). */
export async function identify(request: Request): Promise<{ user: SessionUser | null; via: "token" | "session" }> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!secret)
      throw unauthorized("The Authorization header must be `Bearer hs_...` (an API token from /settings/tokens).");
    const user = await userForToken(secret);
    if (!user) throw unauthorized("This API token is not valid: it was revoked, or is mistyped.");
    return { user, via: "token" };
  }
  return { user: await sessionUser(request.headers, request.url), via: "session" };
}

/** The caller, or a 401. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await authenticate(request);
  if (!user) throw unauthorized();
  return user;
}

/** The caller with `role` or above, or a 401 (nobody) / 403 (role too low; `action` says what was refused). */
export async function requireRole(request: Request, role: Role, action = "do this"): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasRole(user.role, role)) {
    throw forbidden(`Your role (${user.role}) may not ${action}; ask an admin for the ${role} role.`);
  }
  return user;
}

/** For reads: anyone, unless HINDSIGHT_REQUIRE_LOGIN=true, when it is requireUser. */
export async function requireReader(request: Request): Promise<SessionUser | null> {
  return loginRequired() ? requireUser(request) : authenticate(request);
}

/**
 * CSRF defence for cookie sessions (SameSite=Lax already keeps the cookie off
 * cross-site POSTs in current browsers): the Origin must be this host or a
 * trusted origin; without Origin, the browser's Sec-Fetch-Site must say
 * same-origin. Scripts use API tokens, which are not subject to this.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin) {
    if (isAllowedOrigin(request, origin)) return;
    throw forbidden(
      `Refused: this change came from another site (${origin.slice(0, 100)}). Changes made with a session cookie must come from Hindsight itself.`,
      "cross_origin",
    );
  }
  if (request.headers.get("sec-fetch-site") === "same-origin") return;
  throw forbidden(
    "Refused: a change made with a session cookie must come from Hindsight's own pages (no Origin header). Scripts should use an API token.",
    "cross_origin",
  );
}

function isAllowedOrigin(request: Request, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const hosts = [
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim(),
    request.headers.get("host"),
    new URL(request.url).host,
  ];
  if (hosts.some((host) => host && host.toLowerCase() === parsed.host.toLowerCase())) return true;
  const trusted = [process.env.BETTER_AUTH_URL, ...(process.env.HINDSIGHT_TRUSTED_ORIGINS ?? "").split(",")]
    .map((value) => value?.trim())
    .filter((value): value is string => !!value)
    .flatMap((value) => {
      try {
        return [new URL(value).origin];
      } catch {
        return [];
      }
    });
  return trusted.includes(parsed.origin);
}
