import type { CurrentPostmortem } from "@/lib/postmortems/errors";
import type { FieldError } from "@/lib/validations/format-issues";

/**
 * The browser's side of the JSON API (docs/authoring-api.md): one `request`
 * for every call, one `ApiError` for every failure. No React, nothing
 * server-only: the types below are erased from the bundle.
 */

/** What a server type looks like after JSON.stringify: dates become ISO strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends ReadonlyArray<infer U>
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/** The error body every route handler answers with (lib/api/errors.ts), with what some put beside it. */
interface ErrorBody {
  error?: { code?: string; message?: string; field?: string; fields?: FieldError[] };
  /** 409: the server's copy (version_conflict) or the version holding the slug (slug_taken). */
  current?: CurrentPostmortem | Pick<CurrentPostmortem, "version">;
}

/** A failed request in the API's own words; status 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly fields: FieldError[] = [],
    readonly current?: ErrorBody["current"],
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Worth trying again as it is: the network, a server or database hiccup, a rate limit. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** The server's current copy beside a version conflict, if this is one. */
  get conflict(): CurrentPostmortem | undefined {
    return this.code === "version_conflict" && this.current && "postmortem" in this.current ? this.current : undefined;
  }
}

/** The words for a failure the server did not describe itself. */
export interface FailureMessages {
  unreachable: string;
  status: (status: number) => string;
}

const defaultMessages: FailureMessages = {
  unreachable: "the server is not reachable (network down, or the server is restarting)",
  status: (status) => {
    if (status === 401) return "you are signed out; sign in again (in another tab) and your work will be saved";
    if (status === 403) return "your role does not allow this";
    if (status === 404) return "it no longer exists";
    if (status === 413) return "it is too large";
    if (status >= 500) return `the server had a problem (HTTP ${status}), often a database that does not answer`;
    return `the request failed with HTTP ${status}`;
  },
};

export interface RequestOptions extends Omit<RequestInit, "body"> {
  /** Sent as JSON; a string is sent as it is, as markdown. */
  body?: unknown;
  messages?: Partial<FailureMessages>;
}

/**
 * One JSON request to our API. A failure (an error answer, an answer that is
 * not JSON, no answer at all) becomes an ApiError; an abort stays an AbortError.
 */
export async function request<T>(path: string, { body, messages, ...init }: RequestOptions = {}): Promise<T> {
  const words = { ...defaultMessages, ...messages };
  let response: Response;
  try {
    const isText = typeof body === "string";
    response = await fetch(path, {
      headers: body === undefined ? {} : { "content-type": isText ? "text/markdown" : "application/json" },
      body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
      credentials: "same-origin",
      ...init,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(words.unreachable, 0, "network");
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as (T & ErrorBody) | null;
  if (!response.ok || json === null) {
    const error = json?.error;
    const fields =
      error?.fields ?? (error?.field && error.message ? [{ field: error.field, message: error.message }] : []);
    throw new ApiError(
      error?.message ?? words.status(response.status),
      response.status,
      error?.code ?? `http_${response.status}`,
      fields,
      json?.current,
    );
  }
  return json;
}
