import type { Metadata } from "next";

import { SavedPages } from "@/components/offline/saved-pages";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };

/**
 * What the service worker shows offline for a page it has no copy of (app/sw.ts
 * keeps this page at install). The list of what is saved is read in the browser.
 */
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-8">
      <div>
        <h1 className="text-2xl font-semibold">You are offline; this page was not saved</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          Hindsight cannot reach its server, and this browser has no copy of this page. The pages below open without a
          network, and the search box at the top searches the copy saved for offline.
        </p>
      </div>
      <SavedPages />
    </div>
  );
}
