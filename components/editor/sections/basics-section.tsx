"use client";

import { memo } from "react";

import { StatusBadge } from "@/components/postmortem/status-badge";
import { severities } from "@/lib/validations/postmortem";

import { EditorSection } from "../editor-section";
import { TextArea, TextInput, SelectInput } from "../form-controls";
import type { EditorForm, FormSetter } from "../form-model";
import { slugify } from "../slugify";

interface Props {
  title: string;
  slug: string;
  summary: string;
  severity: EditorForm["severity"];
  status: EditorForm["status"];
  /** a slug cannot change once the postmortem exists (it is its address) */
  slugLocked: boolean;
  set: FormSetter;
}

const severityOptions = [
  { value: "" as const, label: "Choose… (public incidents may stay unrated)" },
  ...severities.map((s) => ({
    value: s,
    label: { SEV1: "SEV1: critical, widespread", SEV2: "SEV2: major", SEV3: "SEV3: minor", SEV4: "SEV4: low" }[s],
  })),
];

export const BasicsSection = memo(function BasicsSection({
  title,
  slug,
  summary,
  severity,
  status,
  slugLocked,
  set,
}: Props) {
  const onTitle = (value: string) => {
    set("title", value);
    // The slug follows the title until someone edits it by hand.
    if (!slugLocked && (slug === "" || slug === slugify(title))) set("slug", slugify(value));
  };
  return (
    <EditorSection id="basics" title="What happened">
      <TextInput
        path="title"
        label="Title"
        value={title}
        onChange={onTitle}
        placeholder="e.g. Releases fail with 500s because a node hit the SLB attachment quota"
      />
      <div className="grid gap-4 sm:grid-cols-[1fr_auto_auto]">
        <TextInput
          path="slug"
          label="Slug (the address)"
          value={slug}
          onChange={(value) => set("slug", value)}
          readOnly={slugLocked}
          inputClassName="font-mono"
          hint={
            slugLocked
              ? `Fixed once created: /postmortems/${slug}`
              : "Lowercase letters, digits and hyphens; made from the title until you change it."
          }
        />
        <SelectInput
          path="severity"
          label="Severity"
          value={severity}
          onChange={(value) => set("severity", value)}
          options={severityOptions}
        />
        <div>
          <span className="mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200" id="pm-status-label">
            Status
          </span>
          <p id="pm-status" aria-labelledby="pm-status-label" className="py-1.5">
            <StatusBadge status={status} />
          </p>
        </div>
      </div>
      <TextArea
        path="summary"
        label="Summary (TL;DR)"
        value={summary}
        onChange={(value) => set("summary", value)}
        rows={3}
        hint="Two or three sentences: what broke, for whom, what fixed it. Markdown."
      />
    </EditorSection>
  );
});
