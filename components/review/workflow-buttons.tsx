"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { authoringApi } from "@/components/postmortem/authoring-api";
import { statusLabel, type PostmortemStatus } from "@/components/postmortem/status-badge";
import { buttonClass } from "@/components/ui/button-class";
import type { ApiError } from "@/lib/api/client";
import { hasRole } from "@/lib/auth/roles";
import type { PublishWarning } from "@/lib/postmortems/publish-warnings";

interface Transition {
  to: PostmortemStatus;
  label: string;
  role: "author" | "reviewer";
  primary?: boolean;
}

const transitions: Record<PostmortemStatus, Transition[]> = {
  draft: [{ to: "in_review", label: "Submit for review", role: "author", primary: true }],
  in_review: [
    { to: "published", label: "Publish", role: "reviewer", primary: true },
    { to: "draft", label: "Back to draft", role: "author" },
  ],
  published: [{ to: "draft", label: "Unpublish", role: "reviewer" }],
};

interface Props {
  slug: string;
  status: PostmortemStatus;
  version: number;
  role: string;
  /** unsaved edits: the status changes only what the server has, so save first */
  blockedReason: string | null;
  /** empty parts of the saved postmortem (lib/postmortems/publish-warnings.ts): Publish asks to confirm them first */
  publishWarnings?: PublishWarning[];
  onChange: (status: PostmortemStatus, version: number | null) => void;
}

/**
 * Status changes allowed to this role from this status. The new status shows
 * at once and goes back if the server refuses. Publishing with an empty root
 * cause, resolution or timeline says which and asks to confirm first.
 */
export function WorkflowButtons({ slug, status, version, role, blockedReason, publishWarnings = [], onChange }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: (to: PostmortemStatus) => authoringApi.setStatus(slug, to, version),
    onMutate: (to) => {
      const previous = status;
      onChange(to, null);
      return { previous };
    },
    onSuccess: (result) => {
      onChange(result.status, result.version);
      setMessage({ text: `Status: ${statusLabel(result.status)}.`, error: false });
    },
    onError: (error: ApiError, _to, context) => {
      if (context) onChange(context.previous, null);
      setMessage({ text: `The status did not change: ${error.message}`, error: true });
    },
  });
  const allowed = transitions[status].filter((t) => hasRole(role, t.role));
  const hidden = transitions[status].filter((t) => !hasRole(role, t.role));

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Review workflow">
      {allowed.map((t) => (
        <button
          key={t.to}
          type="button"
          disabled={mutation.isPending || blockedReason !== null}
          onClick={() => {
            if (t.to === "published" && publishWarnings.length) setConfirming(true);
            else mutation.mutate(t.to);
          }}
          aria-describedby={blockedReason ? "workflow-blocked" : undefined}
          className={
            t.primary
              ? "rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-emerald-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-emerald-500 dark:text-emerald-950 dark:hover:bg-emerald-400"
              : buttonClass({ variant: "secondary" })
          }
        >
          {t.label}
        </button>
      ))}
      {allowed.length === 0 && hidden.length ? (
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {status === "published" ? "Published. A reviewer can unpublish it." : "Waiting for a reviewer to publish."}
        </span>
      ) : null}
      {blockedReason && allowed.length ? (
        <span id="workflow-blocked" className="text-xs text-zinc-600 dark:text-zinc-400">
          {blockedReason}
        </span>
      ) : null}
      {confirming && status === "in_review" ? (
        <div
          role="alert"
          aria-labelledby="publish-warning-heading"
          className="basis-full rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-50"
        >
          <p id="publish-warning-heading" className="font-semibold">
            Publish with empty parts?
          </p>
          <ul className="mt-1 list-disc pl-5">
            {publishWarnings.map((w) => (
              <li key={w.field}>{w.message}</li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass({ variant: "primary", size: "sm" })}
              disabled={mutation.isPending}
              onClick={() => {
                setConfirming(false);
                mutation.mutate("published");
              }}
            >
              Publish anyway
            </button>
            <button
              type="button"
              className={buttonClass({ variant: "secondary", size: "sm" })}
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <span
        role="status"
        aria-live="polite"
        className={`text-sm ${message?.error ? "text-red-800 dark:text-red-300" : "text-zinc-700 dark:text-zinc-300"}`}
      >
        {message?.text ?? ""}
      </span>
    </div>
  );
}
