"use client";

import { Button } from "@/components/ui/button";

import type { SaveState } from "./save-state";
import { SaveStatus } from "./save-status";

/** Stays at the bottom of the window: where saving stands and the Save button, always in reach. */
export function SaveBar({ state, dirty, onSave }: { state: SaveState; dirty: boolean; onSave: () => void }) {
  return (
    <div className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-zinc-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="flex flex-wrap items-center gap-3">
        <SaveStatus state={state} dirty={dirty} onRetry={onSave} />
        <Button
          type="submit"
          form="postmortem-form"
          variant="accent"
          size="lg"
          disabled={state.kind === "saving"}
          aria-keyshortcuts="Control+S Meta+S"
          className="ml-auto"
        >
          {state.kind === "saving" ? "Saving…" : "Save"}{" "}
          <span className="ml-1 hidden text-xs font-normal sm:inline">Ctrl+S</span>
        </Button>
      </div>
    </div>
  );
}
