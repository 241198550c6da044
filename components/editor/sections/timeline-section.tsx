"use client";

import { memo } from "react";

import { eventKindStyle } from "@/components/postmortem/event-kinds";

import { EditorSection } from "../editor-section";
import { CheckboxInput, SelectInput, TextArea, TextInput } from "../form-controls";
import { blankItem, type FormSetter, type TimelineEventForm } from "../form-model";
import { ListEditor } from "../list-editor";
import { mergeIntoTimeline } from "../timeline-merge";

import { eventKindOptions } from "./event-kind-options";
import { TimelinePastePanel } from "./timeline-paste-panel";

function KindBadge({ kind }: { kind: TimelineEventForm["kind"] }) {
  const style = eventKindStyle[kind];
  return (
    <span className={`inline-flex items-center gap-1 text-xs font-semibold tracking-wide uppercase ${style.text}`}>
      <span
        aria-hidden
        className={`flex h-4 w-4 items-center justify-center rounded-full text-[0.6rem] text-white ${style.dot}`}
      >
        {style.symbol}
      </span>
      {style.label}
    </span>
  );
}

export const TimelineSection = memo(function TimelineSection({
  timeline,
  timeZone,
  startedAt,
  set,
}: {
  timeline: TimelineEventForm[];
  timeZone: string;
  /** the incident's start (datetime-local): the date of pasted times that carry none */
  startedAt: string;
  set: FormSetter;
}) {
  return (
    <EditorSection
      id="timeline"
      title="Timeline"
      description={`In order. Each event needs a time (in ${timeZone}) or a label such as “~10:20” or “day 2”.`}
    >
      <ListEditor
        path="timeline"
        noun="Event"
        items={timeline}
        onChange={(update) => set("timeline", update)}
        create={blankItem.timeline}
        empty="No events yet. Start with the trigger."
        renderBadge={(event) => <KindBadge kind={event.kind} />}
        renderItem={(event, i, update) => (
          <div className="space-y-3">
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1.2fr_1fr_1fr_1fr]">
              <TextInput
                type="datetime-local"
                path={`timeline[${i}].at`}
                label={`Time (${timeZone})`}
                value={event.at}
                onChange={(at) => update({ at })}
              />
              <div>
                <TextInput
                  path={`timeline[${i}].label`}
                  label="Or a label"
                  value={event.label}
                  onChange={(label) => update({ label })}
                  placeholder="~10:20, day 2"
                />
                <div className="mt-1.5">
                  <CheckboxInput
                    path={`timeline[${i}].approximate`}
                    label="Approximate"
                    checked={event.approximate}
                    onChange={(approximate) => update({ approximate })}
                  />
                </div>
              </div>
              <SelectInput
                path={`timeline[${i}].kind`}
                label="Kind"
                value={event.kind}
                onChange={(kind) => update({ kind })}
                options={eventKindOptions}
              />
              <TextInput
                path={`timeline[${i}].actor`}
                label="Actor"
                value={event.actor}
                onChange={(actor) => update({ actor })}
                placeholder="on-call, CI, customer"
              />
            </div>
            <TextArea
              path={`timeline[${i}].description`}
              label="What happened"
              value={event.description}
              onChange={(description) => update({ description })}
              rows={2}
              hint="Markdown."
            />
          </div>
        )}
      />
      <TimelinePastePanel
        timeZone={timeZone}
        referenceDate={startedAt.slice(0, 10) || undefined}
        onAdd={(events) => set("timeline", (current) => mergeIntoTimeline(current, events))}
      />
    </EditorSection>
  );
});
