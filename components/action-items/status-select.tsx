"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { ApiError } from "@/lib/api/client";
import { actionItemStatusLabel } from "@/lib/action-items/labels";
import { actionItemStatuses, type ActionItemData } from "@/lib/validations/postmortem";

import { actionItemsApi } from "./action-items-api";
import { useActionItemsState } from "./action-items-state";

type Status = ActionItemData["status"];

type Outcome =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; status: Status }
  /** someone wrote the postmortem since this page was read: try again on their version, or reload */
  | { kind: "conflict"; wanted: Status; message: string; canRetry: boolean }
  | { kind: "failed"; wanted: Status; message: string };

/** One row's status on /action-items: changing it writes a new revision of the postmortem at once. */
export function StatusSelect({
  slug,
  position,
  title,
  status: initial,
}: {
  slug: string;
  position: number;
  title: string;
  status: Status;
}) {
  const state = useActionItemsState();
  const [status, setStatus] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });

  async function save(wanted: Status) {
    const before = status;
    setStatus(wanted);
    setOutcome({ kind: "saving" });
    try {
      const answer = await actionItemsApi.setStatus(slug, position, wanted, state.versionOf(slug));
      state.changed(slug, answer.version, position, answer.status);
      setOutcome({ kind: "saved", status: answer.status });
    } catch (error) {
      const conflict = error instanceof ApiError ? error.conflict : undefined;
      if (conflict) {
        state.changed(slug, conflict.version);
        const theirs = conflict.postmortem.actionItems?.[position];
        const same = theirs?.title === title;
        if (same && theirs.status) {
          setStatus(theirs.status);
          state.changed(slug, conflict.version, position, theirs.status);
        } else setStatus(before);
        const who = conflict.updatedBy ? ` by ${conflict.updatedBy.name}` : "";
        setOutcome({
          kind: "conflict",
          wanted,
          canRetry: same,
          message: same
            ? `This postmortem changed meanwhile (version ${conflict.version}${who}); this item is now ${actionItemStatusLabel[theirs.status ?? "open"]}.`
            : `This postmortem's action items changed meanwhile (version ${conflict.version}${who}). Reload the page to see them.`,
        });
        return;
      }
      setStatus(before);
      setOutcome({ kind: "failed", wanted, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="space-y-1">
      <Select
        size="sm"
        inline
        aria-label={`Status of "${title}"`}
        value={status}
        disabled={outcome.kind === "saving"}
        onChange={(event) => save(event.target.value as Status)}
      >
        {actionItemStatuses.map((value) => (
          <option key={value} value={value}>
            {actionItemStatusLabel[value]}
          </option>
        ))}
      </Select>
      <div role="status" className="text-xs">
        {outcome.kind === "saving" ? <span className="text-zinc-600 dark:text-zinc-400">Saving…</span> : null}
        {outcome.kind === "saved" ? (
          <span className="text-green-800 dark:text-green-300">Saved: {actionItemStatusLabel[outcome.status]}</span>
        ) : null}
      </div>
      {outcome.kind === "conflict" || outcome.kind === "failed" ? (
        <div role="alert" className="max-w-xs space-y-1 text-xs text-red-800 dark:text-red-200">
          <p>{outcome.message}</p>
          {outcome.kind === "failed" || outcome.canRetry ? (
            <Button size="xs" variant="secondary" onClick={() => save(outcome.wanted)}>
              Set to {actionItemStatusLabel[outcome.wanted]} again
            </Button>
          ) : (
            <Button size="xs" variant="secondary" onClick={() => window.location.reload()}>
              Reload
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
