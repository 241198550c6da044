"use client";

import { useEffect, useMemo, useRef, useState } from "react";

import { LineDiff } from "@/components/history/line-diff";
import type { ServerCopy } from "@/components/postmortem/authoring-api";
import { Button } from "@/components/ui/button";
import type { PostmortemInput } from "@/lib/validations/postmortem";

import {
  applyChoices,
  displayValue,
  findConflicts,
  type ComparedField,
  type ConflictChoice,
  type FieldConflict,
} from "./conflict-fields";
import { formatClock } from "./save-state";

interface Props {
  base: PostmortemInput | null;
  current: ServerCopy;
  mine: PostmortemInput;
  onResolve: (merged: PostmortemInput, current: ServerCopy) => void;
}

function Value({ text, label }: { text: string; label: string }) {
  return (
    <div className="min-w-0">
      <p className="mb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">{label}</p>
      <pre
        className="max-h-60 overflow-auto rounded bg-zinc-100 p-2 font-mono text-xs wrap-anywhere whitespace-pre-wrap text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
        tabIndex={0}
      >
        {text || "(empty)"}
      </pre>
    </div>
  );
}

function ConflictField({
  conflict,
  choice,
  onChoose,
}: {
  conflict: FieldConflict;
  choice: ConflictChoice | undefined;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const [theirs, mine] = [displayValue(conflict.theirs), displayValue(conflict.mine)];
  const name = `conflict-${conflict.field}`;
  const options: Array<[ConflictChoice, string]> = [
    ["mine", "Keep mine"],
    ["theirs", "Take theirs"],
    ...(conflict.combinable ? [["both", "Keep both (theirs, then mine)"] as [ConflictChoice, string]] : []),
  ];
  return (
    <fieldset
      className="rounded-lg border border-zinc-300 p-3 dark:border-zinc-700"
      data-conflict-field={conflict.field}
    >
      <legend className="px-1 text-sm font-semibold">
        {conflict.label}
        <span className="ml-2 font-normal text-zinc-600 dark:text-zinc-400">
          {conflict.bothChanged ? "changed by both of you" : "changed by them only"}
        </span>
      </legend>
      {conflict.long ? (
        <LineDiff before={theirs} after={mine} beforeLabel="theirs" afterLabel="yours" context={2} />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <Value label="Theirs" text={theirs} />
          <Value label="Yours" text={mine} />
        </div>
      )}
      <div
        className="mt-2 flex flex-wrap gap-4 text-sm"
        role="radiogroup"
        aria-label={`Which ${conflict.label} to keep`}
      >
        {options.map(([value, label]) => (
          <label key={value} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={value}
              checked={choice === value}
              onChange={() => onChoose(value)}
              className="accent-indigo-600"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Someone saved while you were editing: every field where their version and
 * yours differ, side by side or as a line diff, with a choice for each.
 * Nothing is written until every choice is made.
 */
export function ConflictView({ base, current, mine, onResolve }: Props) {
  const conflicts = useMemo(() => findConflicts(base, current.postmortem, mine), [base, current, mine]);
  const [choices, setChoices] = useState<Partial<Record<ComparedField, ConflictChoice>>>(() =>
    Object.fromEntries(conflicts.filter((c) => !c.bothChanged).map((c) => [c.field, "theirs"])),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const open = conflicts.filter((c) => !choices[c.field]).length;
  const who = current.updatedBy?.name ?? "Someone";

  return (
    <section
      aria-labelledby="conflict-heading"
      className="space-y-3 rounded-xl border-2 border-amber-500 bg-amber-50/60 p-4 dark:border-amber-600 dark:bg-amber-950/30"
    >
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {who} saved version {current.version} at {formatClock(new Date(current.updatedAt))} while you were editing
      </h2>
      <p className="text-sm">
        Nothing of yours has been saved over theirs, and nothing is lost: for each field below, choose what to keep,
        then save. Fields only you changed keep your text.
      </p>
      {conflicts.map((conflict) => (
        <ConflictField
          key={conflict.field}
          conflict={conflict}
          choice={choices[conflict.field]}
          onChoose={(choice) => setChoices((c) => ({ ...c, [conflict.field]: choice }))}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="accent"
          size="lg"
          disabled={open > 0}
          onClick={() => onResolve(applyChoices(mine, conflicts, choices), current)}
        >
          Save with these choices
        </Button>
        {open > 0 ? (
          <span className="text-sm">
            {open === 1 ? "One field still needs a choice." : `${open} fields still need a choice.`}
          </span>
        ) : null}
      </div>
    </section>
  );
}
