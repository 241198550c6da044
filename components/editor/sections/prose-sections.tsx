"use client";

import { memo } from "react";

import { EditorSection } from "../editor-section";
import type { FormSetter, ProseField } from "../form-model";
import { MarkdownField } from "../markdown-field";

const labels: Record<ProseField, [label: string, hint: string]> = {
  impact: ["Impact", "Who was affected, how badly, for how long. Numbers help."],
  trigger: ["Trigger", "The change or event that set it off."],
  rootCause: ["Root cause", "The mechanism, not the person."],
  detection: ["Detection", "How it was noticed, and how it could have been noticed sooner."],
  resolution: ["Resolution", "What stopped the impact and what fixed the cause."],
  wentWell: ["What went well", "Markdown."],
  wentWrong: ["What went wrong", "Markdown."],
  gotLucky: ["Where we got lucky", "Markdown."],
};

type ProseProps = {
  fields: Partial<Record<ProseField, string>>;
  set: FormSetter;
  id: string;
  title: string;
  description?: string;
};

/** One or more markdown fields, each with its live preview. */
export const ProseSection = memo(
  function ProseSection({ fields, set, id, title, description }: ProseProps) {
    return (
      <EditorSection id={id} title={title} description={description}>
        {(Object.keys(fields) as ProseField[]).map((field) => (
          <MarkdownField
            key={field}
            path={field}
            label={labels[field][0]}
            hint={`${labels[field][1]} Markdown.`.replace("Markdown. Markdown.", "Markdown.")}
            value={fields[field] ?? ""}
            onChange={(value) => set(field, value)}
          />
        ))}
      </EditorSection>
    );
  },
  // `fields` is a new object each render: compare what is in it.
  (a, b) => a.set === b.set && a.title === b.title && proseFieldsEqual(a.fields, b.fields),
);

function proseFieldsEqual(a: ProseProps["fields"], b: ProseProps["fields"]): boolean {
  const keys = Object.keys(a) as ProseField[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
