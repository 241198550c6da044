import { toFieldErrors, type FieldError } from "@/lib/validations/format-issues";
import { postmortemSchema } from "@/lib/validations/postmortem";

import { type EditorForm } from "./form-model";
import { fromForm } from "./form-convert";
import { humanMessage, inputPathFor } from "./field-paths";

/** The same check the API makes, run on the form before anything is sent. */
export function validateForm(form: EditorForm): FieldError[] {
  const result = postmortemSchema.safeParse(fromForm(form));
  return result.success ? [] : toFieldErrors(result.error);
}

/** One error per field, the first (an empty field is "required", not also "wrong format"). */
export function firstErrorPerField(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.field) && seen.add(error.field));
}

/** Errors keyed by the input that shows them, reworded for people. */
export function errorsByInput(errors: FieldError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { field, message } of firstErrorPerField(errors)) {
    const input = inputPathFor(field);
    const text = humanMessage(field, message);
    const previous = map.get(input);
    if (previous !== text) map.set(input, previous ? `${previous} ${text}` : text);
  }
  return map;
}
