"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

import { Button } from "@/components/ui/button";

import { copyMetaName, type CopySource } from "./cache-names";
import { describeAge } from "./copy-age";
import { useOnline } from "./offline-status";
import { readSavedSummary } from "./save-offline-copy";

interface PageCopy {
  pathname: string;
  source: CopySource;
  savedAt: Date;
}

/** The service worker marks a page it answered from a copy (app/sw.ts markedCopy). */
function readPageCopy(): PageCopy | null {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${copyMetaName}"]`);
  if (!meta) return null;
  const savedAt = new Date(meta.dataset.savedAt ?? "");
  if (Number.isNaN(savedAt.getTime())) return null;
  return { pathname: location.pathname, source: meta.content === "saved" ? "saved" : "visit", savedAt };
}

function message(online: boolean, copy: PageCopy | null, lastSave: Date | null): string | null {
  if (copy) {
    const lead = online ? "The server did not answer in time." : "You are offline.";
    return copy.source === "saved"
      ? `${lead} Showing the copy saved ${describeAge(copy.savedAt)}.`
      : `${lead} This page is the copy from your last visit, ${describeAge(copy.savedAt)}.`;
  }
  if (online) return null;
  return lastSave
    ? `You are offline. Pages open from the copy saved ${describeAge(lastSave)}; search uses it too.`
    : "You are offline. Only pages you visited open; nothing was saved for offline on this browser.";
}

/** "You are offline": at the top of the page, in the flow (it covers nothing), never on paper. */
export function OfflineBanner() {
  const online = useOnline();
  const pathname = usePathname();
  const [copy, setCopy] = useState<PageCopy | null>(null);
  const [lastSave, setLastSave] = useState<Date | null>(null);

  useEffect(() => {
    // The document is known only in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCopy(readPageCopy());
  }, []);

  useEffect(() => {
    if (online) return;
    let live = true;
    void readSavedSummary()
      .then((summary) => live && setLastSave(summary ? new Date(summary.savedAt) : null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [online]);

  // A page opened from a copy, then left by a client-side navigation, is live again.
  const pageCopy = copy && copy.pathname === pathname ? copy : null;
  const text = message(online, pageCopy, lastSave);
  return (
    <div role="status" data-no-print className="print:hidden">
      {text ? (
        <div className="border-b border-amber-300 bg-amber-50 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
            <p data-offline-banner>{text}</p>
            {online && pageCopy ? (
              <Button variant="secondary" size="xs" onClick={() => location.reload()}>
                Load the live page
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
