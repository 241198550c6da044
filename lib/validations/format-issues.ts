import type { z } from "zod";

export interface FieldError {
  field: string;
  message: string;
}

/** `["timeline", 3, "at"]` becomes `timeline[3].at`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    const name = String(part);
    return out ? `${out}.${name}` : name;
  }, "");
}

/** With the `input` parsed, a value of the wrong type is told apart from a missing one (both are "required" in the schemas). */
export function toFieldErrors(error: z.ZodError, input?: unknown): FieldError[] {
  return error.issues.map((issue) => ({
    field: formatPath(issue.path) || "(root)",
    message:
      issue.code === "unrecognized_keys"
        ? `unknown field(s): ${issue.keys.join(", ")}`
        : issue.code === "invalid_type" && issue.message === "required" && valueAt(input, issue.path) != null
          ? `must be ${expectedNames[issue.expected] ?? issue.expected}`
          : issue.message,
  }));
}

const expectedNames: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
};

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | null)?.[key], input);
}

export interface ParamError {
  code: "invalid_parameter";
  message: string;
  field: string;
}

/**
 * Validates request parameters (a query string's values or a JSON body of
 * parameters) into the schema's output, without the parameters left unset,
 * or the first problem with its field.
 */
export function safeParseParameters<S extends z.ZodType>(
  input: unknown,
  schema: S,
): { data: z.output<S> } | { error: ParamError } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { error: { code: "invalid_parameter", message: "expected an object of parameters", field: "(root)" } };
  }
  const result = schema.safeParse(input);
  if (result.success) {
    const data = result.data as Record<string, unknown>;
    return { data: Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as z.output<S> };
  }
  const issue = result.error.issues[0]!;
  const field = formatPath(issue.path) || "(root)";
  return { error: { code: "invalid_parameter", message: `${field}: ${issue.message}`, field } };
}
