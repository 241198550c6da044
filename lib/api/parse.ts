import type { z } from "zod";

import { unstorableText } from "@/lib/validations/common";
import { formatPath, safeParseParameters, toFieldErrors, type FieldError } from "@/lib/validations/format-issues";
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

/**
 * Reads a JSON body: 415 unless it is sent as JSON, 400 when it is not JSON (`hint` says
 * what it should look like), 422 naming the field when a string in it cannot be stored
 * (a NUL, a lone surrogate: unstorableText), whatever the route's schema. A read that
 * takes its parameters as a body (a search) passes `{ read: true }`: any content type is
 * taken (`curl -d` sends a form type), and it cleans its own text.
 */
export async function readJson(
  request: Request,
  hint = "The body must be JSON.",
  options: { read?: boolean } = {},
): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!options.read && type !== "application/json" && !/^application\/[\w.+-]+\+json$/.test(type))
    throw new ApiError(
      415,
      "unsupported_media_type",
      `Send the body as JSON with "Content-Type: application/json"${type ? ` (not ${type})` : ""}.`,
      { field: "(body)" },
    );
  const text = await readBody(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest("invalid_json", hint, "(body)");
  }
  const { tooDeep, unstorable } = bodyProblems(value);
  if (tooDeep) throw unprocessable([tooDeep]);
  if (unstorable && !options.read) throw unprocessable([unstorable]);
  return value;
}

/** No body of ours nests deeper than a few levels; a deeper one would only exhaust the stack of whatever reads it. */
export const MAX_JSON_DEPTH = 32;

/**
 * What is wrong with a parsed JSON body whatever the route: where it nests deeper than
 * MAX_JSON_DEPTH, and the first string (value or key) that cannot be stored, each with
 * its path. Iterative: depth is what it checks, so it must not recurse.
 */
export function bodyProblems(value: unknown): { tooDeep?: FieldError; unstorable?: FieldError } {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  let unstorable: FieldError | undefined;
  while (stack.length) {
    const { value: item, path } = stack.pop()!;
    if (typeof item === "string") {
      const message = unstorable ? undefined : unstorableText(item);
      if (message) unstorable = { field: formatPath(path) || "(body)", message };
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    if (path.length >= MAX_JSON_DEPTH)
      return {
        tooDeep: { field: `${formatPath(path.slice(0, 6))}…`, message: `nests deeper than ${MAX_JSON_DEPTH} levels` },
      };
    const entries: Array<[PropertyKey, unknown]> = Array.isArray(item) ? [...item.entries()] : Object.entries(item);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      const keyProblem = typeof key === "string" && !unstorable ? unstorableText(key) : undefined;
      if (keyProblem) unstorable = { field: formatPath([...path, key]), message: `the field name ${keyProblem}` };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return { unstorable };
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
