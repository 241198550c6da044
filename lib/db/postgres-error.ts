export interface PostgresError {
  /** The SQLSTATE, e.g. 22021 (a byte sequence UTF-8 cannot hold: NUL). */
  code: string;
  message: string;
}

/** The PostgreSQL error a Prisma error carries (driver adapters put it under meta), or null when it carries none. */
export function postgresError(error: unknown): PostgresError | null {
  const cause = (
    error as {
      meta?: {
        driverAdapterError?: {
          cause?: { originalCode?: string; code?: string; originalMessage?: string; message?: string };
        };
      };
    }
  )?.meta?.driverAdapterError?.cause;
  const code = cause?.originalCode ?? cause?.code;
  if (code && /^[0-9A-Z]{5}$/.test(code)) return { code, message: cause?.originalMessage ?? cause?.message ?? code };
  // Prisma's own rendering of it, when the error was rethrown as text.
  const text = error instanceof Error ? error.message : String(error);
  const match = /Code: `([0-9A-Z]{5})`\. Message: `([^`]*)`/.exec(text);
  return match ? { code: match[1]!, message: match[2]! } : null;
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
