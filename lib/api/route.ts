import { NextResponse } from "next/server";

import { noteDatabaseUnreachable } from "@/lib/db/availability";
import { isDatabaseUnavailable } from "@/lib/db/postgres-error";

import { ApiError } from "./errors";

export const noStore = { "cache-control": "no-store" } as const;

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): NextResponse {
  return NextResponse.json(body, { status: init.status ?? 200, headers: { ...noStore, ...init.headers } });
}

export const created = (body: unknown) => json(body, { status: 201 });

export function errorResponse(error: ApiError): NextResponse {
  return json(error.body(), { status: error.status, headers: error.details.headers });
}

type Handler<P> = (request: Request, params: P) => Promise<Response>;

/**
 * Wraps a route handler: ApiErrors become their JSON answer, a database that
 * is away a 503, anything else a 500 that names no internals (the detail goes
 * to the server log). Domain errors (lib/postmortems/errors.ts) are ApiErrors.
 */
export function route<P extends Record<string, string | string[]> = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, ((await context?.params) ?? {}) as P);
    } catch (error) {
      const known = toApiError(error);
      if (known) return errorResponse(known);
      console.error(
        `${request.method} ${new URL(request.url).pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return json(
        {
          error: {
            code: "internal_error",
            message: "Something went wrong on our side; nothing was changed. Try again.",
          },
        },
        { status: 500 },
      );
    }
  };
}

export function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnreachable();
    return new ApiError(
      503,
      "database_unavailable",
      "The database is not reachable right now. Try again in a moment.",
      { headers: { "retry-after": "5" } },
    );
  }
  return null;
}

/** The one rule for "the database is away" (lib/db/postgres-error.ts), where route handlers look for it. */
export { isDatabaseUnavailable } from "@/lib/db/postgres-error";
