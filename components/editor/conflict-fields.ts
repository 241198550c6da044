import { stringify } from "yaml";

import type { PostmortemInput } from "@/lib/validations/postmortem";

import { fieldLabel } from "./field-paths";
import { fromForm, toForm } from "./form-convert";
import { listFields, proseFields } from "./form-model";

/** The fields compared in a conflict; slug and status are not edited in the form. */
export const comparedFields = [
  "title",
  "summary",
  "severity",
  "origin",
  "organization",
  "occurredOn",
  "sources",
  "timeZone",
  "startedAt",
  "detectedAt",
  "mitigatedAt",
  "resolvedAt",
  "environment",
  "authors",
  "tags",
  "patterns",
  "timeline",
  "factors",
  "limits",
  "signatures",
  "actionItems",
  "diagrams",
  "references",
  ...proseFields,
] as const satisfies ReadonlyArray<keyof PostmortemInput>;

export type ComparedField = (typeof comparedFields)[number];
export type ConflictChoice = "mine" | "theirs" | "both";

export interface FieldConflict {
  field: ComparedField;
  label: string;
  theirs: unknown;
  mine: unknown;
  /** they changed it and so did you: a choice is needed; otherwise only they changed it */
  bothChanged: boolean;
  /** shown as a line diff (long text or a list) */
  long: boolean;
  /** "keep both" makes sense: text is joined, lists are merged */
  combinable: boolean;
}

const longText = new Set<ComparedField>(["summary", ...proseFields]);
const lists = new Set<ComparedField>(["authors", "tags", ...listFields]);

/** The same postmortem always compares the same, whichever door it came through. */
export function normalize(pm: PostmortemInput): PostmortemInput {
  return fromForm(toForm(pm));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Fields where the server's copy differs from yours. A field only you changed
 * is not a conflict (yours stays); one only they changed is listed with
 * "take theirs" proposed; one you both changed needs a choice.
 */
export function findConflicts(
  base: PostmortemInput | null,
  theirs: PostmortemInput,
  mine: PostmortemInput,
): FieldConflict[] {
  const [b, t, m] = [base ? normalize(base) : null, normalize(theirs), normalize(mine)];
  const conflicts: FieldConflict[] = [];
  for (const field of comparedFields) {
    if (same(t[field], m[field])) continue;
    if (b && same(t[field], b[field])) continue;
    const bothChanged = !b || !same(m[field], b[field]);
    conflicts.push({
      field,
      label: field === "environment" ? "Environment" : fieldLabel(field),
      theirs: t[field],
      mine: m[field],
      bothChanged,
      long: longText.has(field) || lists.has(field),
      combinable: longText.has(field) || lists.has(field),
    });
  }
  return conflicts;
}

function combine(theirs: unknown, mine: unknown): unknown {
  if (Array.isArray(theirs) && Array.isArray(mine)) {
    const seen = new Set(theirs.map((item) => JSON.stringify(item)));
    return [...theirs, ...mine.filter((item) => !seen.has(JSON.stringify(item)))];
  }
  const [a, b] = [String(theirs ?? "").trim(), String(mine ?? "").trim()];
  return a && b ? `${a}\n\n${b}` : a || b;
}

/** Your postmortem with each conflicting field resolved as chosen. */
export function applyChoices(
  mine: PostmortemInput,
  conflicts: FieldConflict[],
  choices: Partial<Record<ComparedField, ConflictChoice>>,
): PostmortemInput {
  const merged: Record<string, unknown> = { ...normalize(mine) };
  for (const conflict of conflicts) {
    const choice = choices[conflict.field];
    if (choice === "theirs") merged[conflict.field] = conflict.theirs;
    else if (choice === "both") merged[conflict.field] = combine(conflict.theirs, conflict.mine);
  }
  return merged as PostmortemInput;
}

/** A field's value as readable text for showing and diffing. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length === 0) return "";
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
