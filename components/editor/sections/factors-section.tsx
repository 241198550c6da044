"use client";

import { memo } from "react";

import { factorKinds } from "@/lib/validations/postmortem";

import { EditorSection } from "../editor-section";
import { SelectInput, TextArea } from "../form-controls";
import { blankItem, type FactorForm, type FormSetter } from "../form-model";
import { ListEditor } from "../list-editor";

const kindOptions = factorKinds.map((kind) => ({ value: kind, label: kind.charAt(0).toUpperCase() + kind.slice(1) }));

export const FactorsSection = memo(function FactorsSection({
  factors,
  set,
}: {
  factors: FactorForm[];
  set: FormSetter;
}) {
  return (
    <EditorSection
      id="factors"
      title="Contributing factors"
      description="What made it possible, worse or longer, besides the root cause."
    >
      <ListEditor
        path="factors"
        noun="Factor"
        items={factors}
        onChange={(update) => set("factors", update)}
        create={blankItem.factors}
        empty="No contributing factors yet."
        renderItem={(factor, i, update) => (
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <SelectInput
              path={`factors[${i}].kind`}
              label="Kind"
              value={factor.kind}
              onChange={(kind) => update({ kind })}
              options={kindOptions}
            />
            <TextArea
              path={`factors[${i}].text`}
              label="Factor"
              value={factor.text}
              onChange={(text) => update({ text })}
              rows={2}
            />
          </div>
        )}
      />
    </EditorSection>
  );
});
