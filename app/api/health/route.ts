// GET /api/health - does the database answer? (200 ok, 503 degraded, with since when it has not)
// Anyone gets the status (the outage banner asks it from every open page); only an admin
// also gets the detail (latency, and the error, which names the database's host and port; each read
// replica's lag; this instance's cluster channel: docs/operations.md, "Monitoring").
// The detail goes to the log.
import { json, route } from "@/lib/api/route";
import { identify } from "@/lib/auth/require-role";
import { hasRole } from "@/lib/auth/roles";
import { clusterChannel } from "@/lib/cluster/channel";
import { checkDatabase, databaseStatus } from "@/lib/db/health";
import { replicaHealth } from "@/lib/db/replicas";

export const dynamic = "force-dynamic";

export interface HealthResponse {
  status: "ok" | "degraded";
  /** ISO time the database was first found unreachable in this outage */
  unreachableSince?: string;
}

export const GET = route(async (request) => {
  const { ok, unreachableSince } = await databaseStatus();
  const body: HealthResponse = ok
    ? { status: "ok" }
    : { status: "degraded", unreachableSince: unreachableSince!.toISOString() };
  // With the database away nobody can be recognised as an admin: status only.
  if (ok && (request.headers.has("cookie") || request.headers.has("authorization")) && (await isAdmin(request))) {
    const [database, reading] = await Promise.all([checkDatabase(), replicaHealth()]);
    return json({ ...body, database, ...reading, cluster: clusterChannel()?.status() ?? null });
  }
  return json(body, { status: ok ? 200 : 503, headers: ok ? {} : { "retry-after": "5" } });
});

async function isAdmin(request: Request): Promise<boolean> {
  try {
    const { user } = await identify(request);
    return user !== null && hasRole(user.role, "admin");
  } catch {
    return false;
  }
}
