// GET /api/offline - does this deployment offer the offline copy? (HINDSIGHT_OFFLINE, read per request)
// The browser asks on every full page load: false unregisters the service worker and deletes what it saved.
import { json, route } from "@/lib/api/route";
import { offlineEnabled } from "@/lib/offline/enabled";
import type { OfflineStatus } from "@/lib/offline/types";

export const dynamic = "force-dynamic";

export const GET = route(async () => json({ enabled: offlineEnabled() } satisfies OfflineStatus));
