// GET /api/search/snapshot - the published search documents as one JSON snapshot, for searching offline in the browser (lib/search/memory/browser-search.ts)
import { ApiError, notFound } from "@/lib/api/errors";
import { isDatabaseUnavailable, route } from "@/lib/api/route";
import { loginRequired } from "@/lib/auth/login-required";
import { requireReader } from "@/lib/auth/require-role";
import { offlineEnabled, snapshotBody } from "@/lib/search/snapshot/snapshot-download";
import { currentSearchSnapshot } from "@/lib/search/snapshot/snapshot-holder";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  if (!offlineEnabled()) throw notFound("Offline search is turned off on this server (HINDSIGHT_OFFLINE=false).");
  try {
    await requireReader(request);
  } catch (error) {
    // Nobody can be looked up while the database is away: the snapshot is what anyone may read anyway.
    if (!isDatabaseUnavailable(error) || loginRequired()) throw error;
  }
  const snapshot = await currentSearchSnapshot();
  if (!snapshot)
    throw new ApiError(503, "snapshot_unavailable", "No search snapshot yet: the database has not been reachable.", {
      headers: { "retry-after": "30" },
    });
  const { body, etag } = snapshotBody(snapshot);
  const headers = {
    // Always revalidate (a 304 costs a few bytes); readers' copies may be shared unless login is required.
    "cache-control": `${loginRequired() ? "private" : "public"}, no-cache`,
    etag,
    "last-modified": new Date(snapshot.takenAt).toUTCString(),
    "x-snapshot-taken-at": snapshot.takenAt,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
});
