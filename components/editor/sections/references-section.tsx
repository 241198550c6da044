"use client";

import { memo } from "react";

import { EditorSection } from "../editor-section";
import { TextArea, TextInput } from "../form-controls";
import { blankItem, type FormSetter, type ReferenceForm } from "../form-model";
import { ListEditor } from "../list-editor";

export const ReferencesSection = memo(function ReferencesSection({
  references,
  set,
}: {
  references: ReferenceForm[];
  set: FormSetter;
}) {
  return (
    <EditorSection
      id="references"
      title="References"
      description="The original write-up, tickets, dashboards, vendor docs."
    >
      <ListEditor
        path="references"
        noun="Reference"
        items={references}
        onChange={(update) => set("references", update)}
        create={blankItem.references}
        empty="No references yet."
        renderItem={(ref, i, update) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput
              path={`references[${i}].title`}
              label="Title"
              value={ref.title}
              onChange={(title) => update({ title })}
            />
            <TextInput
              type="url"
              path={`references[${i}].url`}
              label="URL"
              value={ref.url}
              onChange={(url) => update({ url })}
              placeholder="https://"
            />
            <TextInput
              path={`references[${i}].publishedOn`}
              label="Published on"
              value={ref.publishedOn}
              onChange={(publishedOn) => update({ publishedOn })}
              placeholder="2024-08-03"
            />
            <TextArea
              path={`references[${i}].note`}
              label="Note"
              value={ref.note}
              onChange={(note) => update({ note })}
              rows={1}
            />
          </div>
        )}
      />
    </EditorSection>
  );
});
