"use client";

import { memo } from "react";

import { MermaidDiagram } from "@/components/diagram/mermaid-diagram";
import { useDebouncedValue } from "@/components/search/use-search-query";
import { diagramKinds } from "@/lib/validations/postmortem";

import { EditorSection } from "../editor-section";
import { SelectInput, TextArea, TextInput } from "../form-controls";
import { blankItem, type DiagramForm, type FormSetter } from "../form-model";
import { ListEditor } from "../list-editor";

const kindOptions = diagramKinds.map((kind) => ({
  value: kind,
  label: {
    architecture: "Architecture",
    failure_path: "Failure path",
    sequence: "Sequence",
    before_after: "Before / after",
  }[kind],
}));

/** Redraws once typing pauses: mermaid takes tens of milliseconds per drawing. */
function DiagramPreview({ source, caption }: { source: string; caption: string }) {
  const settled = useDebouncedValue(source, 400);
  return <MermaidDiagram source={settled} caption={caption || "Diagram preview"} />;
}

export const DiagramsSection = memo(function DiagramsSection({
  diagrams,
  set,
}: {
  diagrams: DiagramForm[];
  set: FormSetter;
}) {
  return (
    <EditorSection
      id="diagrams"
      title="Diagrams"
      description="Mermaid source, drawn as you type; a syntax error shows beside the source."
    >
      <ListEditor
        path="diagrams"
        noun="Diagram"
        items={diagrams}
        onChange={(update) => set("diagrams", update)}
        create={blankItem.diagrams}
        empty="No diagrams yet."
        renderItem={(diagram, i, update) => (
          <div className="space-y-3">
            <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
              <SelectInput
                path={`diagrams[${i}].kind`}
                label="Kind"
                value={diagram.kind}
                onChange={(kind) => update({ kind })}
                options={kindOptions}
              />
              <TextInput
                path={`diagrams[${i}].caption`}
                label="Caption"
                value={diagram.caption}
                onChange={(caption) => update({ caption })}
              />
            </div>
            <div className="grid gap-3 lg:grid-cols-2">
              <TextArea
                path={`diagrams[${i}].source`}
                label="Mermaid source"
                value={diagram.source}
                onChange={(source) => update({ source })}
                rows={6}
                mono
              />
              <div className="min-w-0" aria-label={`Preview of diagram ${i + 1}`} role="group">
                <DiagramPreview source={diagram.source} caption={diagram.caption} />
              </div>
            </div>
          </div>
        )}
      />
    </EditorSection>
  );
});
