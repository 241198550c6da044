"use client";

import { memo, useState } from "react";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

import type { LimitOption } from "../catalog";
import { EditorSection } from "../editor-section";
import { FieldShell, TextArea, TextInput } from "../form-controls";
import { blankItem, type FormSetter, type LimitLinkForm } from "../form-model";
import { ListEditor } from "../list-editor";
import { NewLimitDialog } from "../new-limit-dialog";

function byProvider(limits: LimitOption[]): Array<[string, LimitOption[]]> {
  const groups = new Map<string, LimitOption[]>();
  for (const limit of limits) groups.set(limit.provider, [...(groups.get(limit.provider) ?? []), limit]);
  return [...groups];
}

export const LimitsSection = memo(function LimitsSection({
  limits,
  catalog: loaded,
  set,
}: {
  limits: LimitLinkForm[];
  catalog: LimitOption[];
  set: FormSetter;
}) {
  // Limits created here ("New limit") until the page loads the catalog again, which then has them.
  const [created, setCreated] = useState<LimitOption[]>([]);
  const [creatingFor, setCreatingFor] = useState<((limit: LimitOption) => void) | null>(null);
  const catalog = [...loaded, ...created.filter((limit) => !loaded.some((l) => l.id === limit.id))];
  const groups = byProvider(catalog);
  return (
    <EditorSection
      id="limits"
      title="Quotas and limits"
      description="Cloud quotas and hard limits that contributed, picked from the limits catalog."
    >
      <ListEditor
        path="limits"
        noun="Limit"
        items={limits}
        onChange={(update) => set("limits", update)}
        create={blankItem.limits}
        empty="No quota or hard limit involved."
        renderItem={(link, i, update) => {
          const picked = catalog.find((limit) => limit.id === link.limit);
          return (
            <div className="space-y-3">
              <FieldShell
                path={`limits[${i}].limit`}
                label="Limit"
                hint={
                  picked
                    ? `${picked.provider} · ${picked.resource} · default ${picked.defaultValue ?? "not stated"}${picked.unit ? ` ${picked.unit}` : ""}`
                    : "Missing from the list? Add it with “New limit”."
                }
              >
                {(aria) => (
                  <Select {...aria} value={link.limit} onChange={(event) => update({ limit: event.target.value })}>
                    <option value="">Choose a limit…</option>
                    {link.limit && !picked ? (
                      <option value={link.limit}>{link.limit} (not in the catalog)</option>
                    ) : null}
                    {groups.map(([provider, options]) => (
                      <optgroup key={provider} label={provider}>
                        {options.map((limit) => (
                          <option key={limit.id} value={limit.id}>
                            {limit.name}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </Select>
                )}
              </FieldShell>
              <Button
                variant="outline"
                size="xs"
                onClick={() =>
                  setCreatingFor(() => (limit: LimitOption) => {
                    setCreated((previous) => [...previous, limit]);
                    update({ limit: limit.id });
                    setCreatingFor(null);
                  })
                }
              >
                New limit
              </Button>
              <div className="grid gap-3 sm:grid-cols-2">
                <TextInput
                  path={`limits[${i}].observed`}
                  label="Value at the time"
                  value={link.observed}
                  onChange={(observed) => update({ observed })}
                  placeholder={picked?.defaultValue ?? ""}
                />
                <TextInput
                  path={`limits[${i}].raisedTo`}
                  label="Raised to"
                  value={link.raisedTo}
                  onChange={(raisedTo) => update({ raisedTo })}
                />
              </div>
              <TextArea
                path={`limits[${i}].note`}
                label="Note (optional)"
                value={link.note}
                onChange={(note) => update({ note })}
                rows={1}
              />
            </div>
          );
        }}
      />
      {creatingFor ? <NewLimitDialog onCreated={creatingFor} onClose={() => setCreatingFor(null)} /> : null}
    </EditorSection>
  );
});
