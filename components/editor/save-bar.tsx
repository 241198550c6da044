"use client";

import type { SaveState } from "./save-state";
import { SaveStatus } from "./save-status";

/** Stays at the bottom of the window: where saving stands and the Save button, always in reach. */
export function SaveBar({ state, dirty, onSave }: { state: SaveState; dirty: boolean; onSave: () => void }) {
  return (
    <div className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-zinc-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="flex flex-wrap items-center gap-3">
        <SaveStatus state={state} dirty={dirty} onRetry={onSave} />
        <button
          type="submit"
          form="postmortem-form"
          disabled={state.kind === "saving"}
          aria-keyshortcuts="Control+S Meta+S"
          className="ml-auto rounded-md bg-indigo-700 px-5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-800 disabled:opacity-60 dark:bg-indigo-600 dark:hover:bg-indigo-500"
        >
          {state.kind === "saving" ? "Saving…" : "Save"}{" "}
          <span className="ml-1 hidden text-xs font-normal sm:inline">Ctrl+S</span>
        </button>
      </div>
    </div>
  );
}
