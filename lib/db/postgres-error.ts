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
