import type { z } from "zod";

import { safeParseParameters, toFieldErrors } from "@/lib/validations/format-issues";
import { firstValues } from "@/lib/validations/search";

import { ApiError, badRequest, unprocessable } from "./errors";

/** Bodies larger than this are refused (413) before parsing: a postmortem is far smaller. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The body as text, refusing an oversized one. */
export async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  return text;
}

const tooLarge = () =>
  new ApiError(413, "body_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);

/** Reads a JSON body: 400 when it is not JSON (`hint` says what it should look like). */
export async function readJson(request: Request, hint = "The body must be JSON."): Promise<unknown> {
  const text = await readBody(request);
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("invalid_json", hint, "(body)");
  }
}

/** Reads a JSON body and validates it: 400 when it is not JSON, 422 with field paths when the schema refuses it. */
export async function parseJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseData(await readJson(request), schema);
}

/** Parameters (a JSON object of them, or see parseQuery): 400 `invalid_parameter` naming the first bad one. */
export function parseParameters<S extends z.ZodType>(input: unknown, schema: S): z.output<S> {
  const parsed = safeParseParameters(input, schema);
  if ("error" in parsed) throw badRequest(parsed.error.code, parsed.error.message, parsed.error.field);
  return parsed.data;
}

/** The query string's parameters (the first value of each name), validated as parseParameters does. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return parseParameters(firstValues(new URL(request.url).searchParams), schema);
}

export function parseData<S extends z.ZodType>(data: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw unprocessable(toFieldErrors(result.error));
  return result.data;
}

/** Route parameters (`[slug]`, `[version]`): one that cannot name anything is a 404, not a 400. */
export function parseParams<S extends z.ZodType>(params: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(params);
  if (!result.success) throw new ApiError(404, "not_found", "Not found.");
  return result.data;
}
