"use client";

import { memo } from "react";

import { EditorSection } from "../editor-section";
import { SelectInput, TextInput } from "../form-controls";
import { blankItem, type EditorForm, type FormSetter, type SourceForm } from "../form-model";
import { ListEditor } from "../list-editor";

interface Props {
  origin: EditorForm["origin"];
  organization: string;
  occurredOn: string;
  sources: SourceForm[];
  set: FormSetter;
}

const originOptions = [
  { value: "own" as const, label: "Ours: an incident of our own" },
  { value: "public" as const, label: "Public: another organization's published incident" },
];

/** Whose incident this is; for a public one, who it happened to, when, and where it was published. */
export const OriginSection = memo(function OriginSection({ origin, organization, occurredOn, sources, set }: Props) {
  return (
    <EditorSection
      id="origin"
      title="Whose incident"
      description="A public incident names the organization it happened to and links the write-up it was taken from."
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectInput
          path="origin"
          label="Whose incident"
          value={origin}
          onChange={(value) => set("origin", value)}
          options={originOptions}
        />
        <TextInput
          path="organization"
          label="Organization"
          value={organization}
          onChange={(value) => set("organization", value)}
          placeholder="e.g. DFDS"
        />
        <TextInput
          path="occurredOn"
          label="Date"
          value={occurredOn}
          onChange={(value) => set("occurredOn", value)}
          placeholder="2019, 2019-01 or 2019-01-15"
          hint="When only the year, month or day is known; with full times, use the times below."
        />
      </div>
      <ListEditor
        path="sources"
        noun="Source"
        items={sources}
        onChange={(update) => set("sources", update)}
        create={blankItem.sources}
        empty={origin === "public" ? "A public incident needs at least one source link." : "No sources."}
        renderItem={(source, i, update) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput
              path={`sources[${i}].title`}
              label="Title"
              value={source.title}
              onChange={(title) => update({ title })}
            />
            <TextInput
              type="url"
              path={`sources[${i}].url`}
              label="URL"
              value={source.url}
              onChange={(url) => update({ url })}
              placeholder="https://"
            />
          </div>
        )}
      />
    </EditorSection>
  );
});
