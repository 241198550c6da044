// GET /api/me - who is signed in ({ user: null } when nobody is). The reading
// pages are cached for everyone alike, so whatever depends on the user (the
// user menu, Edit, pending proposals) asks here from the browser.
import { json, route } from "@/lib/api/route";
import { identify } from "@/lib/auth/require-role";
import type { SessionUser } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

export interface MeResponse {
  user: SessionUser | null;
}

export const GET = route(async (request) => {
  const { user } = await identify(request);
  return json({ user } satisfies MeResponse);
});
