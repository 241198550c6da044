"use client";

import { useMemo, useState, type FormEvent } from "react";

import { FieldErrorsContext } from "@/components/editor/field-errors";
import { SelectInput, TextArea, TextInput } from "@/components/editor/form-controls";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError, request } from "@/lib/api/client";
import type { FieldError } from "@/lib/validations/format-issues";

import {
  catalogFields,
  errorsByField,
  fromForm,
  toForm,
  validateCatalogForm,
  type CatalogForm,
  type CatalogKind,
} from "./catalog-form-model";

export interface CatalogEntry {
  version: number;
  /** FailurePatternData or LimitData, as GET /api/patterns/<slug> or /api/limits/<id> answers */
  data: Record<string, unknown>;
}

interface Props {
  kind: CatalogKind;
  /** null: a new entry (POST); else the entry and the version the edit is based on (PUT) */
  initial: CatalogEntry | null;
  /** what saved goes to: by default the entry's page */
  onSaved?: (saved: { key: string; version: number; data: Record<string, unknown> }) => void;
  onCancel?: () => void;
  /** keeps input ids apart from another form on the page (the postmortem editor's) */
  pathPrefix?: string;
}

const keyOf = (kind: CatalogKind) => (kind === "pattern" ? "slug" : "id");

/**
 * A failure pattern's or limit's form, built from the fields of its content
 * file and checked with the same schema as the API before it is sent; errors
 * show at their field. A version conflict (someone saved since) says so and
 * offers to load what is stored now.
 */
export function CatalogFormView({ kind, initial, onSaved, onCancel, pathPrefix = "" }: Props) {
  const [version, setVersion] = useState(initial?.version ?? null);
  const [form, setForm] = useState<CatalogForm>(() => toForm(kind, (initial?.data as never) ?? null));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<CatalogEntry | null>(null);
  const [saving, setSaving] = useState(false);
  const key = keyOf(kind);
  const byField = useMemo(() => {
    const map = new Map<string, string>();
    for (const [name, message] of errorsByField(errors)) map.set(`${pathPrefix}${name}`, message);
    return map;
  }, [errors, pathPrefix]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const local = validateCatalogForm(kind, form);
    setErrors(local);
    setProblem(local.length ? `Check ${local.length === 1 ? "the field marked" : "the fields marked"} below.` : null);
    setConflict(null);
    if (local.length) return;
    const data = fromForm(kind, form);
    setSaving(true);
    try {
      const saved =
        version === null
          ? await request<{ version: number }>(`/api/${kind}s`, { method: "POST", body: data })
          : await request<{ version: number }>(`/api/${kind}s/${encodeURIComponent(form[key]!)}`, {
              method: "PUT",
              body: { version, [kind]: data },
            });
      const done = { key: form[key]!, version: saved.version, data };
      if (onSaved) onSaved(done);
      // A full load, not router.push: the router may still hold the page as it was before the save.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      else window.location.assign(`/${kind}s/${encodeURIComponent(done.key)}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.message);
      setErrors(error.fields);
      const current = error.current as { version: number; pattern?: object; limit?: object } | undefined;
      const stored = current?.[kind];
      if (error.code === "version_conflict" && current && stored)
        setConflict({ version: current.version, data: stored as Record<string, unknown> });
    } finally {
      setSaving(false);
    }
  }

  function loadStored() {
    if (!conflict) return;
    setForm(toForm(kind, conflict.data as never));
    setVersion(conflict.version);
    setConflict(null);
    setProblem(null);
    setErrors([]);
  }

  const set = (name: string) => (value: string) => setForm((previous) => ({ ...previous, [name]: value }));
  return (
    <FieldErrorsContext.Provider value={byField}>
      <form onSubmit={submit} noValidate className="space-y-4">
        {problem ? (
          <ErrorAlert as="div">
            <p>{problem}</p>
            {conflict ? (
              <div className="mt-2 space-y-2">
                <p>
                  Version {conflict.version} is stored now. Loading it replaces what you typed here: copy anything you
                  want to keep first, then make your change again.
                </p>
                <Button variant="secondary" size="sm" onClick={loadStored}>
                  Load version {conflict.version}
                </Button>
              </div>
            ) : null}
          </ErrorAlert>
        ) : null}
        {catalogFields[kind].map((field) => {
          const common = {
            path: `${pathPrefix}${field.name}`,
            label: field.label,
            hint: field.hint,
            value: form[field.name] ?? "",
            onChange: set(field.name),
          };
          if (field.control === "yes-no")
            return (
              <SelectInput
                key={field.name}
                {...common}
                value={(form[field.name] ?? "") as "yes" | "no" | ""}
                options={[
                  { value: "", label: "Not stated" },
                  { value: "yes", label: "Yes, it can be raised" },
                  { value: "no", label: "No, it is fixed" },
                ]}
              />
            );
          if (field.control === "textarea" || field.control === "markdown")
            return <TextArea key={field.name} {...common} rows={field.control === "markdown" ? 4 : 2} />;
          return <TextInput key={field.name} {...common} readOnly={field.key && version !== null} />;
        })}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={saving}>
            {saving ? "Saving…" : version === null ? `Create ${kind}` : "Save"}
          </Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </form>
    </FieldErrorsContext.Provider>
  );
}
