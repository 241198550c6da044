"use client";

import { memo } from "react";

import { actionItemStatuses } from "@/lib/validations/postmortem";

import { EditorSection } from "../editor-section";
import { SelectInput, TextInput } from "../form-controls";
import { blankItem, type ActionItemForm, type FormSetter } from "../form-model";
import { ListEditor } from "../list-editor";

const statusOptions = actionItemStatuses.map((status) => ({
  value: status,
  label: { open: "Open", in_progress: "In progress", done: "Done", wont_do: "Won't do" }[status],
}));

export const ActionItemsSection = memo(function ActionItemsSection({
  actionItems,
  set,
}: {
  actionItems: ActionItemForm[];
  set: FormSetter;
}) {
  return (
    <EditorSection
      id="action-items"
      title="Action items"
      description="What will be done so it does not happen again, and who owns it."
    >
      <ListEditor
        path="actionItems"
        noun="Action item"
        items={actionItems}
        onChange={(update) => set("actionItems", update)}
        create={blankItem.actionItems}
        empty="No action items yet."
        renderItem={(item, i, update) => (
          <div className="space-y-3">
            <TextInput
              path={`actionItems[${i}].title`}
              label="Action"
              value={item.title}
              onChange={(title) => update({ title })}
            />
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <TextInput
                path={`actionItems[${i}].owner`}
                label="Owner"
                value={item.owner}
                onChange={(owner) => update({ owner })}
              />
              <SelectInput
                path={`actionItems[${i}].status`}
                label="Status"
                value={item.status}
                onChange={(status) => update({ status })}
                options={statusOptions}
              />
              <TextInput
                type="date"
                path={`actionItems[${i}].dueDate`}
                label="Due"
                value={item.dueDate}
                onChange={(dueDate) => update({ dueDate })}
              />
              <TextInput
                type="url"
                path={`actionItems[${i}].link`}
                label="Link"
                value={item.link}
                onChange={(link) => update({ link })}
                placeholder="https://"
              />
            </div>
          </div>
        )}
      />
    </EditorSection>
  );
});
