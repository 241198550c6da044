import type { FieldError } from "@/lib/validations/format-issues";
import type { PostmortemData, PostmortemInput } from "@/lib/validations/postmortem";

import type { PostmortemStatus } from "./form-model";

/** The API's answer to a failed request, or status 0 when the server could not be reached. */
export class AuthoringApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly fields: FieldError[] = [],
    readonly current?: ServerCopy,
  ) {
    super(message);
    this.name = "AuthoringApiError";
  }

  /** Worth trying again as it is: the network, a server or database hiccup, a rate limit. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export interface ServerCopy {
  version: number;
  postmortem: PostmortemData;
  updatedAt: string;
  updatedBy: { name: string } | string | null;
}

export interface PostmortemResponse extends ServerCopy {
  status: PostmortemStatus;
}

export interface RevisionSummary {
  version: number;
  createdAt: string;
  author: { name: string } | null;
  kind: "import" | "create" | "save" | "restore" | "status";
  note: string | null;
}

export interface Revision extends RevisionSummary {
  postmortem: PostmortemData;
  text: string;
}

export interface Comment {
  id: string;
  body: string;
  createdAt: string;
  author: { name: string; role: string };
}

export interface PatternSuggestion {
  slug: string;
  name: string;
  score: number;
  why: string;
}

const UNREACHABLE = "the server is not reachable (network down, or the server is restarting)";

function describeStatus(status: number): string {
  if (status === 401) return "you are signed out; sign in again (in another tab) and your work will be saved";
  if (status === 403) return "your role does not allow this";
  if (status === 404) return "it no longer exists";
  if (status === 413) return "it is too large";
  if (status >= 500) return `the server had a problem (HTTP ${status}), often a database that does not answer`;
  return `the request failed with HTTP ${status}`;
}

/** One JSON request to the authoring API; failures become AuthoringApiError with the API's own words. */
export async function request<T>(method: string, url: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    const isText = typeof body === "string";
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": isText ? "text/markdown" : "application/json" },
      body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
      credentials: "same-origin",
      ...init,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new AuthoringApiError(UNREACHABLE, 0, "network");
  }
  const json = (await response.json().catch(() => null)) as
    | (T & { error?: { code?: string; message?: string; fields?: FieldError[]; field?: string }; current?: ServerCopy })
    | null;
  if (!response.ok) {
    const error = json?.error;
    const fields =
      error?.fields ?? (error?.field && error.message ? [{ field: error.field, message: error.message }] : []);
    // A conflict carries the server's current copy beside the error (docs/authoring-api.md).
    throw new AuthoringApiError(
      error?.message ?? describeStatus(response.status),
      response.status,
      error?.code ?? `http_${response.status}`,
      fields,
      json?.current,
    );
  }
  return json as T;
}

const base = (slug: string) => `/api/postmortems/${encodeURIComponent(slug)}`;

export const authoringApi = {
  get: (slug: string, signal?: AbortSignal) => request<PostmortemResponse>("GET", base(slug), undefined, { signal }),
  create: (postmortem: PostmortemInput) =>
    request<{ slug: string; version: number }>("POST", "/api/postmortems", postmortem),
  save: (slug: string, version: number, postmortem: PostmortemInput) =>
    request<{ version: number }>("PUT", base(slug), { version, postmortem }),
  setStatus: (slug: string, to: PostmortemStatus, version: number) =>
    request<{ status: PostmortemStatus; version: number }>("POST", `${base(slug)}/status`, { to, version }),
  revisions: (slug: string, signal?: AbortSignal) =>
    request<{ revisions: RevisionSummary[] }>("GET", `${base(slug)}/revisions`, undefined, { signal }),
  revision: (slug: string, version: number, signal?: AbortSignal) =>
    request<Revision>("GET", `${base(slug)}/revisions/${version}`, undefined, { signal }),
  restore: (slug: string, revision: number, version: number) =>
    request<{ version: number }>("POST", `${base(slug)}/revisions/${revision}/restore`, { version }),
  comments: (slug: string, signal?: AbortSignal) =>
    request<{ comments: Comment[] }>("GET", `${base(slug)}/comments`, undefined, { signal }),
  addComment: (slug: string, body: string) =>
    request<Comment | { comment: Comment }>("POST", `${base(slug)}/comments`, { body }),
  importText: (text: string, replaceVersion?: number) =>
    request<{ slug: string; version: number }>(
      "POST",
      `/api/postmortems/import${replaceVersion ? `?replace=${replaceVersion}` : ""}`,
      { text },
    ),
  suggestPatterns: (text: string, signal?: AbortSignal) =>
    request<{ suggestions: PatternSuggestion[] }>(
      "GET",
      `/api/patterns/suggest?text=${encodeURIComponent(text)}`,
      undefined,
      { signal },
    ),
  exportUrl: (slug: string) => `${base(slug)}/export`,
};

export function updatedByName(updatedBy: ServerCopy["updatedBy"]): string | null {
  if (!updatedBy) return null;
  return typeof updatedBy === "string" ? updatedBy : updatedBy.name;
}
