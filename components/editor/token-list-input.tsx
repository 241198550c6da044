"use client";

import { useState } from "react";

import { TextInput } from "@/components/ui/text-input";

import { fieldId } from "./field-paths";
import { useFieldError } from "./field-errors";
import { FieldErrorText, labelClass } from "./form-controls";

interface Props {
  path: string;
  label: string;
  /** what one entry is called, for button labels: "component", "tag" */
  noun: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
}

/**
 * A list of short entries (components, authors, tags): type and press Enter
 * or a comma to add; text not added yet is added when the input loses focus,
 * so nothing typed is lost.
 */
export function TokenListInput({ path, label, noun, values, onChange, placeholder }: Props) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const [pending, setPending] = useState("");

  const add = (text: string) => {
    const entries = text
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry && !values.includes(entry));
    if (entries.length) onChange([...values, ...entries]);
    setPending("");
  };

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {values.length ? (
        <ul className="mb-1.5 flex flex-wrap gap-1.5" aria-label={`${label}: ${values.length} added`}>
          {values.map((value, index) => (
            <li
              key={`${value}-${index}`}
              className="inline-flex items-center gap-1 rounded bg-zinc-100 py-0.5 pr-0.5 pl-2 text-sm text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200"
            >
              {value}
              <button
                type="button"
                onClick={() => onChange(values.filter((_, i) => i !== index))}
                className="rounded px-1 text-zinc-600 hover:bg-zinc-200 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-700 dark:hover:text-white"
                aria-label={`Remove ${noun} ${value}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <TextInput
        id={id}
        value={pending}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const text = event.target.value;
          if (text.includes(",")) add(text);
          else setPending(text);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            add(pending);
          } else if (event.key === "Backspace" && !pending && values.length) {
            onChange(values.slice(0, -1));
          } else if ((event.key === "s" || event.key === "S") && (event.ctrlKey || event.metaKey)) {
            add(pending);
          }
        }}
        onBlur={() => add(pending)}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {pending.trim()
          ? `Press Enter to add “${pending.trim()}”.`
          : `Enter or a comma adds a ${noun}; Backspace in the empty box removes the last one.`}
      </p>
      <FieldErrorText id={`${id}-error`} message={error} />
    </div>
  );
}
