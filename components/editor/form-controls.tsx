"use client";

import type { ReactNode } from "react";

import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { TextInput as Input } from "@/components/ui/text-input";

import { fieldId } from "./field-paths";
import { useFieldError } from "./field-errors";

export const labelClass = "mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200";

interface FieldShellProps {
  path: string;
  label: string;
  hint?: ReactNode;
  className?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}

/** A label, the control, a hint and the field's error, wired together with ids for screen readers. */
export function FieldShell({ path, label, hint, className = "", children }: FieldShellProps) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <FieldErrorText id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldErrorText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
      <span aria-hidden>⚠ </span>
      {message}
    </p>
  );
}

type Common = {
  path: string;
  label: string;
  hint?: ReactNode;
  className?: string;
  value: string;
  onChange: (value: string) => void;
};

export function TextInput({
  type = "text",
  placeholder,
  readOnly,
  inputClassName = "",
  ...props
}: Common & { type?: string; placeholder?: string; readOnly?: boolean; inputClassName?: string }) {
  return (
    <FieldShell {...props}>
      {(aria) => (
        <Input
          {...aria}
          type={type}
          value={props.value}
          placeholder={placeholder}
          readOnly={readOnly}
          onChange={(event) => props.onChange(event.target.value)}
          className={`${readOnly ? "bg-zinc-100 dark:bg-zinc-800" : ""} ${inputClassName}`}
          // Minutes by default; seconds only when the time has them, so they are kept.
          step={type === "datetime-local" && props.value.length > 16 ? 1 : undefined}
        />
      )}
    </FieldShell>
  );
}

/** Textareas grow with their text where the browser can (field-sizing), from a minimum of `rows` lines. */
export const growingTextarea = "field-sizing-content max-h-[32rem]";
export const minRowsStyle = (rows: number) => ({ minHeight: `${rows * 1.5 + 0.9}rem` });

/** Rows for browsers without field-sizing: enough for the text, so long text is seen whole (up to a point). */
export function autoRows(value: string, min: number, max = 16): number {
  const lines = value.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.max(min, Math.min(max, lines));
}

export function TextArea({ rows = 3, mono = false, ...props }: Common & { rows?: number; mono?: boolean }) {
  return (
    <FieldShell {...props}>
      {(aria) => (
        <Textarea
          {...aria}
          value={props.value}
          rows={autoRows(props.value, rows)}
          onChange={(event) => props.onChange(event.target.value)}
          className={`${growingTextarea} ${mono ? "font-mono text-[0.8rem]" : ""}`}
          style={minRowsStyle(rows)}
          spellCheck={!mono}
        />
      )}
    </FieldShell>
  );
}

export function SelectInput<T extends string>({
  options,
  ...props
}: Omit<Common, "value" | "onChange"> & {
  value: T | "";
  onChange: (value: T) => void;
  options: ReadonlyArray<{ value: T | ""; label: string }>;
}) {
  return (
    <FieldShell {...props}>
      {(aria) => (
        <Select {...aria} value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}

export function CheckboxInput({
  path,
  label,
  checked,
  onChange,
}: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = fieldId(path);
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="h-4 w-4 rounded border-zinc-400 accent-indigo-600"
      />
      <label htmlFor={id} className="text-sm text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
    </div>
  );
}
