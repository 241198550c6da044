import "server-only";

import { headers } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";

import { loginRequired } from "./login-required";
import { hasRole, type Role, type SessionUser } from "./roles";
import { sessionUser } from "./server";

/** The signed-in user for server components, once per render; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  try {
    return await sessionUser(await headers());
  } catch (error) {
    // Next's own signals (this render needs the request, so it is not static) are not failures.
    unstable_rethrow(error);
    // A page still renders (as signed out) when the database is away.
    console.error(`session lookup failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return null;
  }
});

/** For pages that need an account: signed out goes to /sign-in (and back to `returnTo` after). */
export async function requireSignedIn(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages of one role and above: signed out signs in first; a lower role gets a 404, as if the page did not exist. */
export async function requirePageRole(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await requireSignedIn(returnTo);
  if (!hasRole(user.role, role)) notFound();
  return user;
}

/**
 * For server components that read the knowledge base: with
 * HINDSIGHT_REQUIRE_LOGIN=true a signed-out visitor is sent to /sign-in
 * (proxy.ts does this first; this is the check that does not depend on it).
 */
export async function requireReaderPage(returnTo: string): Promise<SessionUser | null> {
  if (!loginRequired()) return getCurrentUser();
  return requireSignedIn(returnTo);
}
