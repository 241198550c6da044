/**
 * Since when the database has been unreachable, for the outage banner and the
 * HTTP server (scripts/serve.ts turns a page that failed for want of a
 * database into a 503). One record per process, on globalThis: the server
 * script and the bundled app are separate module graphs in the same process.
 * Set by every request that finds the database away (lib/api/route.ts) and by
 * the health check; cleared by a health check that reaches it.
 */
interface Availability {
  unreachableSince: number | null;
  lastCheck: number;
}

const key = Symbol.for("hindsight.database-availability");
const state = ((globalThis as Record<symbol, Availability | undefined>)[key] ??= {
  unreachableSince: null,
  lastCheck: 0,
});

export function noteDatabaseUnreachable(at = Date.now()): void {
  state.unreachableSince ??= at;
}

export function noteDatabaseReachable(): void {
  state.unreachableSince = null;
}

/** When the database was first found unreachable in the current outage, or null when it answers. */
export function databaseUnreachableSince(): Date | null {
  return state.unreachableSince === null ? null : new Date(state.unreachableSince);
}

/** The health check asks the database at most this often; in between it answers what it last found. */
export const HEALTH_CHECK_INTERVAL_MS = 2_000;

/** True (and the time noted) when the health check should ask the database again. */
export function healthCheckDue(now = Date.now()): boolean {
  if (now - state.lastCheck < HEALTH_CHECK_INTERVAL_MS) return false;
  state.lastCheck = now;
  return true;
}
