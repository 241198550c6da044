"use client";

import { memo } from "react";

import { EditorSection } from "../editor-section";
import { TextArea, TextInput } from "../form-controls";
import { blankItem, type FormSetter, type SignatureForm } from "../form-model";
import { ListEditor } from "../list-editor";

export const SignaturesSection = memo(function SignaturesSection({
  signatures,
  set,
}: {
  signatures: SignatureForm[];
  set: FormSetter;
}) {
  return (
    <EditorSection
      id="signatures"
      title="Error signatures"
      description="Paste errors verbatim: the next on-call engineer will search for exactly this text."
    >
      <ListEditor
        path="signatures"
        noun="Signature"
        items={signatures}
        onChange={(update) => set("signatures", update)}
        create={blankItem.signatures}
        empty="No error signatures yet."
        renderItem={(signature, i, update) => (
          <div className="space-y-3">
            <TextArea
              path={`signatures[${i}].text`}
              label="Error text (verbatim)"
              value={signature.text}
              onChange={(text) => update({ text })}
              rows={2}
              mono
            />
            <TextInput
              path={`signatures[${i}].source`}
              label="Where it is seen"
              value={signature.source}
              onChange={(source) => update({ source })}
              placeholder="Kong error log, kubectl describe svc"
            />
            <TextArea
              path={`signatures[${i}].note`}
              label="Note (optional)"
              value={signature.note}
              onChange={(note) => update({ note })}
              rows={1}
            />
          </div>
        )}
      />
    </EditorSection>
  );
});
