"use client";

import { useId, useState } from "react";

import { buttonClass } from "@/components/ui/button-class";
import { Textarea } from "@/components/ui/textarea";
import {
  MAX_PASTE_CHARS,
  parseTimelinePaste,
  pasteFormatNames,
  type PasteResult,
} from "@/lib/postmortems/timeline-paste";

import { labelClass, SelectInput, TextArea, TextInput } from "../form-controls";
import { newKey, type TimelineEventForm } from "../form-model";

import { eventKindOptions } from "./event-kind-options";

type Proposal = TimelineEventForm;

function toProposals(result: PasteResult): Proposal[] {
  if (!result.ok) return [];
  return result.events.map((event) => ({
    key: newKey(),
    at: event.at,
    label: event.label,
    approximate: false,
    kind: event.kind,
    actor: event.actor,
    description: event.description,
  }));
}

/**
 * "Paste a log": reads a chat or alert log in the browser and proposes
 * timeline events, each to edit, add or drop. Nothing reaches the timeline
 * until the author adds it.
 */
export function TimelinePastePanel({
  timeZone,
  referenceDate,
  onAdd,
}: {
  timeZone: string;
  referenceDate: string | undefined;
  onAdd: (events: TimelineEventForm[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<PasteResult | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);

  const propose = () => {
    const parsed = parseTimelinePaste(text, { timeZone, referenceDate });
    setResult(parsed);
    setProposals(toProposals(parsed));
  };
  const update = (key: string, patch: Partial<Proposal>) =>
    setProposals((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const drop = (key: string) => setProposals((list) => list.filter((p) => p.key !== key));
  const add = (chosen: Proposal[]) => {
    onAdd(chosen);
    const added = new Set(chosen.map((p) => p.key));
    setProposals((list) => list.filter((p) => !added.has(p.key)));
  };

  return (
    <details className="rounded-lg border border-dashed border-zinc-300 p-3 dark:border-zinc-700">
      <summary className="cursor-pointer text-sm font-semibold text-indigo-800 dark:text-indigo-200">
        Paste a log
      </summary>
      <div className="mt-3 space-y-3">
        <div>
          <label htmlFor={`${id}-log`} className={labelClass}>
            Chat or alert log
          </label>
          <Textarea
            id={`${id}-log`}
            aria-describedby={`${id}-log-hint`}
            rows={6}
            value={text}
            maxLength={MAX_PASTE_CHARS * 2}
            onChange={(event) => setText(event.target.value)}
            className="font-mono text-xs"
          />
          <p id={`${id}-log-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            A Slack channel export (JSON) or messages copied from Slack, a PagerDuty or Opsgenie log (CSV or lines), or
            any lines that start with a time. Times without a zone are read in {timeZone}. Read in this browser, up to{" "}
            {MAX_PASTE_CHARS.toLocaleString("en")} characters.
          </p>
        </div>
        <button type="button" onClick={propose} className={buttonClass({ variant: "secondary", size: "sm" })}>
          Propose events
        </button>
        {result && !result.ok ? (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
            {result.error}
          </p>
        ) : null}
        {result?.ok ? (
          <section aria-label="Proposed events" className="space-y-3">
            <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
              Read as {pasteFormatNames[result.format]}: {result.events.length} event
              {result.events.length === 1 ? "" : "s"} proposed, {proposals.length} left to add or drop.
              {result.notes.map((note) => ` ${note}`).join("")}
            </p>
            {proposals.length > 1 ? (
              <button
                type="button"
                onClick={() => add(proposals)}
                className={buttonClass({ variant: "outline", size: "sm" })}
              >
                Add all {proposals.length} to the timeline
              </button>
            ) : null}
            <ol className="space-y-3">
              {proposals.map((p, i) => (
                <li key={p.key}>
                  <fieldset className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
                    <legend className="px-1 text-sm font-medium">Proposed event {i + 1}</legend>
                    <div className="grid gap-3 sm:grid-cols-3">
                      <TextInput
                        type="datetime-local"
                        path={`paste[${i}].at`}
                        label={`Time (${timeZone})`}
                        value={p.at}
                        onChange={(at) => update(p.key, { at })}
                        hint={!p.at && p.label ? `No date: kept as the label “${p.label}”.` : undefined}
                      />
                      <SelectInput
                        path={`paste[${i}].kind`}
                        label="Kind"
                        value={p.kind}
                        onChange={(kind) => update(p.key, { kind })}
                        options={eventKindOptions}
                      />
                      <TextInput
                        path={`paste[${i}].actor`}
                        label="Actor"
                        value={p.actor}
                        onChange={(actor) => update(p.key, { actor })}
                      />
                    </div>
                    <TextArea
                      path={`paste[${i}].description`}
                      label="What happened"
                      value={p.description}
                      onChange={(description) => update(p.key, { description })}
                      rows={2}
                    />
                    <div className="mt-2 flex gap-2">
                      <button
                        type="button"
                        onClick={() => add([p])}
                        aria-label={`Add proposed event ${i + 1} to the timeline`}
                        className={buttonClass({ variant: "outline", size: "xs" })}
                      >
                        Add to timeline
                      </button>
                      <button
                        type="button"
                        onClick={() => drop(p.key)}
                        aria-label={`Drop proposed event ${i + 1}`}
                        className={buttonClass({ variant: "secondary", size: "xs" })}
                      >
                        Drop
                      </button>
                    </div>
                  </fieldset>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </details>
  );
}
