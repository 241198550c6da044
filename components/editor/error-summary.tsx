"use client";

import { forwardRef } from "react";

import type { FieldError } from "@/lib/validations/format-issues";

import { fieldLabel, humanMessage, inputIdFor } from "./field-paths";
import { firstErrorPerField } from "./validation";

function focusField(id: string) {
  const element = document.getElementById(id) ?? document.getElementById(id.replace(/-[a-z]+$/i, ""));
  if (!element) return false;
  element.scrollIntoView({ block: "center" });
  element.focus({ preventScroll: true });
  return true;
}

/** Every field error in one list at the top, each a link that takes you to the input. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldError[]; fromServer: boolean }>(
  function ErrorSummary({ errors: all, fromServer }, ref) {
    const errors = firstErrorPerField(all);
    if (errors.length === 0) return null;
    return (
      <div
        ref={ref}
        tabIndex={-1}
        role="alert"
        aria-labelledby="error-summary-heading"
        className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950 outline-none focus:ring-4 focus:ring-red-200 dark:border-red-400 dark:bg-red-950/40 dark:text-red-50 dark:focus:ring-red-900"
      >
        <h2 id="error-summary-heading" className="font-semibold">
          {errors.length === 1 ? "One field needs attention" : `${errors.length} fields need attention`} before this can
          be saved
          {fromServer ? " (the server said so)" : ""}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {errors.map((error, i) => {
            const id = inputIdFor(error.field);
            return (
              <li key={`${error.field}-${i}`}>
                <a
                  href={`#${id}`}
                  className="underline"
                  onClick={(event) => {
                    if (focusField(id)) event.preventDefault();
                  }}
                >
                  {fieldLabel(error.field)}
                </a>
                : {humanMessage(error.field, error.message)}
              </li>
            );
          })}
        </ul>
      </div>
    );
  },
);
