import type { FieldError } from "@/lib/validations/format-issues";

/**
 * An error a route handler answers with, as JSON:
 * `{ error: { code, message, field?, fields? }, ...extra }`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: {
      field?: string;
      fields?: FieldError[];
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  body(): Record<string, unknown> {
    const { field, fields, extra } = this.details;
    return {
      error: { code: this.code, message: this.message, ...(field ? { field } : {}), ...(fields ? { fields } : {}) },
      ...extra,
    };
  }
}

export const badRequest = (code: string, message: string, field?: string) =>
  new ApiError(400, code, message, { field });
export const unauthorized = (message = "Sign in first, or send an API token: Authorization: Bearer hs_...") =>
  new ApiError(401, "unauthorized", message);
export const forbidden = (message: string, code = "forbidden") => new ApiError(403, code, message);
export const notFound = (message = "Not found.") => new ApiError(404, "not_found", message);
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) =>
  new ApiError(409, code, message, { extra });

/** 422 with every field error; `field` is the first one's path. */
export function unprocessable(fields: FieldError[], message?: string): ApiError {
  const first = fields[0];
  return new ApiError(
    422,
    "validation_failed",
    message ?? (first ? `${first.field}: ${first.message}` : "The data is not valid."),
    { field: first?.field, fields },
  );
}
