"use client";

import { memo } from "react";

import { actionItemPriorityLabel, actionItemStatusLabel } from "@/lib/action-items/labels";
import { actionItemPriorities, actionItemStatuses } from "@/lib/validations/postmortem";

import { EditorSection } from "../editor-section";
import { SelectInput, TextInput } from "../form-controls";
import { blankItem, type ActionItemForm, type FormSetter } from "../form-model";
import { ListEditor } from "../list-editor";

const statusOptions = actionItemStatuses.map((status) => ({ value: status, label: actionItemStatusLabel[status] }));
const priorityOptions = actionItemPriorities.map((priority) => ({
  value: priority,
  label: actionItemPriorityLabel[priority],
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
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
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
              <SelectInput
                path={`actionItems[${i}].priority`}
                label="Priority"
                value={item.priority}
                onChange={(priority) => update({ priority })}
                options={priorityOptions}
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
                label="Tracker link"
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
