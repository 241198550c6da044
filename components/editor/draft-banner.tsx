"use client";

import type { LocalDraft } from "./draft-store";
import { formatClock } from "./save-state";

function when(iso: string): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? formatClock(date) : `${date.toLocaleDateString()} ${formatClock(date)}`;
}

/** "You have unsaved changes from 12:03 — Restore / Discard". */
export function DraftBanner({
  draft,
  serverVersion,
  onRestore,
  onDiscard,
}: {
  draft: LocalDraft;
  serverVersion: number | null;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const stale = draft.baseVersion !== null && serverVersion !== null && draft.baseVersion < serverVersion;
  return (
    <section
      aria-labelledby="draft-banner-heading"
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <h2 id="draft-banner-heading" className="font-semibold">
        You have unsaved changes from {when(draft.savedAt)}
      </h2>
      <p className="mt-1 text-sm">
        They were kept in this browser but never reached the server.
        {stale
          ? ` The postmortem has been saved since (version ${draft.baseVersion} → ${serverVersion}); after restoring, saving shows what differs so you can choose.`
          : ""}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onRestore}
          className="rounded-md bg-amber-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-amber-800 dark:bg-amber-500 dark:text-amber-950 dark:hover:bg-amber-400"
        >
          Restore
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="rounded-md border border-amber-700 px-3 py-1.5 text-sm font-medium hover:bg-amber-100 dark:border-amber-500 dark:hover:bg-amber-900"
        >
          Discard
        </button>
      </div>
    </section>
  );
}
