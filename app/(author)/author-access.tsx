import "server-only";

import { forbidden, redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole, type Role, type SessionUser } from "@/lib/auth/roles";

/**
 * Editor pages need an author or above (editing a pattern or limit, or the
 * review queue, a reviewer): signed out goes to /sign-in and back; a lower
 * role gets a 403 with the reason (app/forbidden.tsx).
 */
export async function requireAuthorPage(returnTo: string, role: Role = "author"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
