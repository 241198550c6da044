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

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: formatPath(issue.path) || "(root)",
    message: issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : issue.message,
  }));
}
