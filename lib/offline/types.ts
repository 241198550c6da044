/** The JSON of GET /api/offline/manifest: what "Save for offline" downloads. */

export type OfflinePageKind = "index" | "postmortem" | "pattern" | "limit";

export interface OfflinePage {
  kind: OfflinePageKind;
  /** a path on this site, e.g. `/postmortems/<slug>` */
  url: string;
  title: string;
  /** ISO time of the last change (null for the lists) */
  updatedAt: string | null;
}

export interface OfflineManifest {
  generatedAt: string;
  /** where the search snapshot is (GET, JSON) */
  searchSnapshot: string;
  pages: OfflinePage[];
}

/** The JSON of GET /api/offline: whether this deployment offers the offline copy (HINDSIGHT_OFFLINE). */
export interface OfflineStatus {
  enabled: boolean;
}
