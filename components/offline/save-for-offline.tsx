"use client";

import { useEffect, useState } from "react";

import { Button } from "@/components/ui/button";

import { formatBytes, savedWhen } from "./copy-age";
import { useOfflineEnabled, useOnline } from "./offline-status";
import {
  readSavedSummary,
  removeOfflineCopy,
  saveOfflineCopy,
  type SaveProgress,
  type SavedSummary,
} from "./save-offline-copy";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function describeSummary(summary: SavedSummary): string {
  const { counts } = summary;
  return (
    `Saved ${plural(counts.postmortem, "postmortem")}, ${plural(counts.pattern, "pattern")}, ` +
    `${plural(counts.limit, "limit")}, ${formatBytes(summary.bytes)}, at ${savedWhen(new Date(summary.savedAt))}.` +
    (summary.search ? "" : " Search is not part of this copy: the server offers no search snapshot.") +
    (summary.failed.length ? ` ${plural(summary.failed.length, "page")} could not be saved.` : "")
  );
}

type State = { step: "idle" } | { step: "saving"; progress: SaveProgress } | { step: "failed"; message: string };

/** The footer's "Save for offline": downloads every published page and the search index into this browser. */
export function SaveForOffline() {
  const enabled = useOfflineEnabled();
  const online = useOnline();
  const [summary, setSummary] = useState<SavedSummary | null>(null);
  const [state, setState] = useState<State>({ step: "idle" });

  useEffect(() => {
    void readSavedSummary()
      .then(setSummary)
      .catch(() => undefined);
  }, []);

  // Offline the server cannot say; a copy saved earlier still shows what it holds.
  if (enabled === false || (enabled === null && !summary)) return null;
  if (typeof window !== "undefined" && !("caches" in window)) return null;

  const save = async () => {
    setState({ step: "saving", progress: { done: 0, total: 0 } });
    try {
      const saved = await saveOfflineCopy((progress) => setState({ step: "saving", progress }));
      setSummary(saved);
      setState({ step: "idle" });
    } catch (error) {
      setState({ step: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const remove = async () => {
    await removeOfflineCopy();
    setSummary(null);
    setState({ step: "idle" });
  };

  const saving = state.step === "saving";
  return (
    <section aria-label="Offline copy" data-no-print className="flex flex-wrap items-center gap-2">
      <p role="status" className="min-w-0">
        {saving
          ? `Saving for offline: ${state.progress.done} of ${state.progress.total || "…"}`
          : state.step === "failed"
            ? state.message
            : summary
              ? describeSummary(summary)
              : "Keep a copy on this laptop for when the network is gone."}
      </p>
      {saving ? (
        <progress
          className="h-2 w-32"
          max={state.progress.total || 1}
          value={state.progress.done}
          aria-label="Saving for offline"
        />
      ) : null}
      <Button variant="secondary" size="xs" disabled={saving || !online || !enabled} onClick={save}>
        {summary ? "Refresh offline copy" : "Save for offline"}
      </Button>
      {summary && !saving ? (
        <Button variant="subtle" size="xs" onClick={remove}>
          Remove offline copy
        </Button>
      ) : null}
    </section>
  );
}
