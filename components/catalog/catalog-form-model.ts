import { toFieldErrors, type FieldError } from "@/lib/validations/format-issues";
import { limitSchema, type LimitData } from "@/lib/validations/limit";
import { failurePatternSchema, type FailurePatternData } from "@/lib/validations/pattern";

export type CatalogKind = "pattern" | "limit";

/** One input of a pattern's or limit's form; `name` is the field of its content file (and of the API). */
export interface CatalogField {
  name: string;
  label: string;
  control: "text" | "textarea" | "markdown" | "tokens" | "yes-no";
  hint?: string;
  /** the key: set when creating, fixed afterwards (it is the address) */
  key?: boolean;
  /** left out of the data when empty */
  optional?: boolean;
}

export const catalogFields: Record<CatalogKind, CatalogField[]> = {
  pattern: [
    {
      name: "slug",
      label: "Slug",
      control: "text",
      key: true,
      hint: "Its address: /patterns/<slug>. Lowercase letters, digits and hyphens.",
    },
    { name: "name", label: "Name", control: "text" },
    { name: "summary", label: "Summary", control: "textarea", hint: "One or two sentences: what happens." },
    {
      name: "related",
      label: "Related patterns",
      control: "tokens",
      hint: "Slugs of other patterns, separated by spaces or commas.",
    },
    { name: "mechanism", label: "Mechanism", control: "markdown" },
    { name: "detectionSignals", label: "Detection signals", control: "markdown" },
    { name: "mitigations", label: "Mitigations", control: "markdown" },
    { name: "prevention", label: "Prevention", control: "markdown" },
  ],
  limit: [
    {
      name: "id",
      label: "Id",
      control: "text",
      key: true,
      hint: "Its address: /limits/<id>, e.g. aws-elb-targets-per-lb.",
    },
    { name: "provider", label: "Provider", control: "text", hint: "e.g. AWS, Alibaba Cloud, Kubernetes." },
    {
      name: "resource",
      label: "Resource",
      control: "text",
      hint: "What the limit applies to, e.g. Elastic Load Balancing.",
    },
    { name: "name", label: "Name", control: "text" },
    { name: "defaultValue", label: "Default value (optional)", control: "text", optional: true },
    { name: "unit", label: "Unit (optional)", control: "text", optional: true },
    { name: "adjustable", label: "Can it be raised?", control: "yes-no" },
    { name: "docUrl", label: "Documentation URL (optional)", control: "text", optional: true },
    { name: "description", label: "Description", control: "markdown" },
  ],
};

/** The form's values: text for every input ("yes" / "no" / "" for a yes-no). */
export type CatalogForm = Record<string, string>;

export function toForm(kind: CatalogKind, data: FailurePatternData | LimitData | null): CatalogForm {
  const form: CatalogForm = {};
  for (const field of catalogFields[kind]) {
    const value = data ? (data as unknown as Record<string, unknown>)[field.name] : undefined;
    form[field.name] = Array.isArray(value)
      ? value.join(" ")
      : typeof value === "boolean"
        ? value
          ? "yes"
          : "no"
        : typeof value === "string"
          ? value
          : "";
  }
  return form;
}

/** The form as the API and the content file take it: empty optional text left out. */
export function fromForm(kind: CatalogKind, form: CatalogForm): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of catalogFields[kind]) {
    const value = form[field.name] ?? "";
    if (field.control === "tokens") data[field.name] = value.split(/[\s,]+/).filter(Boolean);
    else if (field.control === "yes-no") {
      if (value) data[field.name] = value === "yes";
    } else if (!field.optional || value.trim()) data[field.name] = value;
  }
  return data;
}

/** The check the API makes (the content file's schema), run before anything is sent. */
export function validateCatalogForm(kind: CatalogKind, form: CatalogForm): FieldError[] {
  const result = (kind === "pattern" ? failurePatternSchema : limitSchema).safeParse(fromForm(kind, form));
  return result.success ? [] : toFieldErrors(result.error);
}

/** Errors by the input that shows them (`related[2]` is the related input), the first per input. */
export function errorsByField(errors: FieldError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { field, message } of errors) {
    const name = field.replace(/\[\d+\]$/, "");
    if (!map.has(name)) map.set(name, field === name ? message : `${field}: ${message}`);
  }
  return map;
}
