import "server-only";

import { db } from "@/lib/db";

import { createAuth, type Auth } from "./auth";
import { isRole, type SessionUser } from "./roles";

// Created on first use (so `next build` never reads the secret or connects),
// one per cookie flavour, cached across hot reloads.
const globalForAuth = globalThis as unknown as { hindsightAuth?: { secure?: Auth; plain?: Auth } };

/** Whether this request reached us over HTTPS (directly or through a proxy), or BETTER_AUTH_URL says so. */
export function isSecureRequest(headers: Headers, url?: string): boolean {
  const configured = process.env.BETTER_AUTH_URL?.trim();
  if (configured) return configured.startsWith("https://");
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return url ? url.startsWith("https://") : false;
}

export function getAuth(secure: boolean): Auth {
  const cache = (globalForAuth.hindsightAuth ??= {});
  const key = secure ? "secure" : "plain";
  return (cache[key] ??= createAuth({ prisma: db, secure }));
}

export function authFor(request: Request): Auth {
  return getAuth(isSecureRequest(request.headers, request.url));
}

/** The signed-in user of a session cookie in these headers, or null. */
export async function sessionUser(headers: Headers, url?: string): Promise<SessionUser | null> {
  const session = await getAuth(isSecureRequest(headers, url)).api.getSession({ headers });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: isRole(role) ? role : "viewer" };
}
