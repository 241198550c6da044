// GET /api/health - does the database answer? (200 ok, 503 degraded)
// Anyone gets the status; only an admin also gets the detail (latency, and the
// error, which names the database's host and port). The detail goes to the log.
import { json, route } from "@/lib/api/route";
import { identify } from "@/lib/auth/require-role";
import { hasRole } from "@/lib/auth/roles";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const database = await checkDatabase();
  const status = database.ok ? "ok" : "degraded";
  if (!database.ok) console.error(`health: database unavailable: ${database.error}`);
  // With the database away nobody can be recognised as an admin: status only.
  const admin = database.ok && (await isAdmin(request));
  return json(admin ? { status, database } : { status }, { status: database.ok ? 200 : 503 });
});

async function isAdmin(request: Request): Promise<boolean> {
  try {
    const { user } = await identify(request);
    return user !== null && hasRole(user.role, "admin");
  } catch {
    return false;
  }
}
