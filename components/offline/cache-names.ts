// Names shared by the service worker (app/sw.ts) and the page: what is kept where in Cache Storage.

/** "Save for offline": every published page, the search snapshot and the summary of the last save. */
export const savedCache = "hindsight-saved";
/** The copy of each public reading page as last visited. */
export const visitedCache = "hindsight-visited";
/** The page shown offline for a page that was never saved. */
export const fallbackCache = "hindsight-fallback";
/** /_next/static files fetched after install (the build's own are precached by Serwist). */
export const staticCache = "hindsight-static";

/** When a copy was taken (ISO time), and whether by a visit or "Save for offline". */
export const savedAtHeader = "x-hindsight-saved-at";
export const sourceHeader = "x-hindsight-source";
export const titleHeader = "x-hindsight-title";
export type CopySource = "saved" | "visit";

/** The <meta> the service worker puts into a page it answers from a copy (read by the offline banner). */
export const copyMetaName = "hindsight-offline-copy";

/** Cache keys that are not pages. */
export const summaryKey = "/offline/saved-summary.json";
export const snapshotKey = "/api/search/snapshot";

export const offlinePagePath = "/offline";
export const serviceWorkerUrl = "/serwist/sw.js";

/** The service worker's message asking it to keep a copy of a page just visited. */
export const visitedMessage = "hindsight:visited";
