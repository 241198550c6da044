// GET /api/users - every account with its role (admins only)
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { listUsers } from "@/lib/auth/users";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  await requireRole(request, "admin", "manage users");
  return json({ users: await listUsers() });
});
