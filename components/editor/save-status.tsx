"use client";

import { useEffect, useState } from "react";

import { textLinkClass } from "@/components/ui/text-link-class";
import { TextLink } from "@/components/ui/text-link";

import { formatClock, type SaveState } from "./save-state";

function useSecondsUntil(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** "Saved 12:03", "Saving…", "Not saved: <reason> — retrying": read out when it changes. */
export function SaveStatus({ state, dirty, onRetry }: { state: SaveState; dirty: boolean; onRetry: () => void }) {
  const seconds = useSecondsUntil(state.kind === "failed" ? state.retryAt : null);
  let text: string;
  let tone = "text-zinc-700 dark:text-zinc-300";
  switch (state.kind) {
    case "saving":
      text = state.attempt > 1 ? `Saving… (attempt ${state.attempt})` : "Saving…";
      break;
    case "saved":
      text = state.pendingReview
        ? `Saved ${formatClock(state.at)} as a proposal · pending review`
        : `Saved ${formatClock(state.at)}`;
      if (dirty) text += " · newer changes not saved yet";
      tone = dirty ? tone : "text-green-800 dark:text-green-300";
      break;
    case "invalid":
      text = `Not saved: ${state.count} field${state.count === 1 ? " needs" : "s need"} attention (see the list above)`;
      tone = "text-red-800 dark:text-red-300";
      break;
    case "failed":
      text = `Not saved: ${state.reason}${state.retryAt ? " — retrying" : ""}`;
      tone = "text-red-800 dark:text-red-300";
      break;
    case "conflict":
      text = "Not saved: someone else saved a newer version — compare and choose above";
      tone = "text-amber-900 dark:text-amber-200";
      break;
    default:
      text = dirty ? "Unsaved changes (kept in this browser until saved)" : "No changes";
  }
  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <p role="status" aria-live="polite" className={`min-w-0 font-medium ${tone}`} data-testid="save-status">
        {text}
      </p>
      {state.kind === "failed" && state.retryAt ? (
        <>
          <span className="text-xs text-zinc-600 dark:text-zinc-400" aria-hidden>
            {seconds ? `next try in ${seconds} s` : "trying…"}
          </span>
          <button type="button" onClick={onRetry} className={`text-xs font-medium ${textLinkClass("always")}`}>
            Retry now
          </button>
          {state.reason.includes("signed out") ? (
            <TextLink href="/sign-in" newTab underline="always" className="text-xs font-medium">
              Sign in (new tab)
            </TextLink>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
