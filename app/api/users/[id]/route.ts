// PATCH /api/users/<id> - set a user's role (admins only)
import { ApiError, notFound } from "@/lib/api/errors";
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireRole } from "@/lib/auth/require-role";
import { LastAdminError, setUserRole } from "@/lib/auth/users";
import { idParamsSchema, roleBodySchema } from "@/lib/validations/authoring";

export const dynamic = "force-dynamic";

export const PATCH = route<{ id: string }>(async (request, params) => {
  const { id } = parseParams(params, idParamsSchema);
  await requireRole(request, "admin", "manage users");
  const { role } = await parseJson(request, roleBodySchema);
  try {
    const user = await setUserRole(id, role);
    if (!user) throw notFound("There is no such user.");
    return json({ user });
  } catch (error) {
    if (error instanceof LastAdminError) throw new ApiError(409, "last_admin", error.message, { field: "role" });
    throw error;
  }
});
