import { NextResponse } from "next/server";

import { noteDatabaseUnreachable } from "@/lib/db/availability";

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

/**
 * PostgreSQL's codes for a server that is going away or not there yet: 57P01 admin
 * shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up, shutting down),
 * class 08 connection exceptions, 53300 too many connections.
 */
const UNAVAILABLE_CODE = /^(?:57P0[123]|08\w{3}|53300)$/;

/** The error or any of its causes (Better Auth wraps a database error as "Failed to get session" with it as `cause`). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (isUnavailableError(e)) return true;
  return false;
}

function isUnavailableError(error: unknown): boolean {
  const cause = (
    error as { meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string; originalCode?: string } } } }
  )?.meta?.driverAdapterError?.cause;
  if (cause?.kind && /NotReachable|DoesNotExist|Authentication|Timeout|TooManyConnections|Closed/i.test(cause.kind))
    return true;
  if (UNAVAILABLE_CODE.test(cause?.originalCode ?? cause?.code ?? "")) return true;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === "string" && UNAVAILABLE_CODE.test(code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /Can't reach database|Connection terminated|ECONNREFUSED|ECONNRESET|ETIMEDOUT|timeout exceeded when trying to connect|DATABASE_URL is not set|Unable to start a transaction in the given time|Query read timeout|terminating connection due to administrator command|the database system is (?:shutting down|starting up|in recovery mode)|Server has closed the connection|Client has encountered a connection error|Client was closed and is not queryable/i.test(
    message,
  );
}
