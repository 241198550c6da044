// GET /api/offline/manifest - every published page "Save for offline" downloads, with its last change (404 when HINDSIGHT_OFFLINE=false)
import { notFound } from "@/lib/api/errors";
import { json, route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { offlineEnabled } from "@/lib/offline/enabled";
import { getOfflineManifest } from "@/lib/offline/manifest";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  if (!offlineEnabled()) throw notFound("The offline copy is turned off on this Hindsight (HINDSIGHT_OFFLINE=false).");
  await requireReader(request);
  return json(await getOfflineManifest());
});
