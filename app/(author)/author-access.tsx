import "server-only";

import { forbidden, redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole, type SessionUser } from "@/lib/auth/roles";

/**
 * Editor pages need an author or above: signed out goes to /sign-in and back;
 * a lower role gets a 403 with the reason (app/forbidden.tsx).
 */
export async function requireAuthorPage(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, "author")) forbidden();
  return user;
}
