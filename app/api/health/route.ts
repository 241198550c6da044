// GET /api/health - does the database answer? (200 ok, 503 degraded)
import { json, route } from "@/lib/api/route";
import { checkDatabase } from "@/lib/db/health";

export const GET = route(async () => {
  const database = await checkDatabase();
  return json({ status: database.ok ? "ok" : "degraded", database }, { status: database.ok ? 200 : 503 });
});
