import "server-only";

import { db } from "@/lib/db";

import {
  databaseUnreachableSince,
  healthCheckDue,
  noteDatabaseReachable,
  noteDatabaseUnreachable,
} from "./availability";

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n").at(-1) ?? "unreachable") : "unreachable";
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  }
}

/**
 * What the outage banner and /api/health tell: whether the database answers,
 * and since when it has not. Asks it at most every HEALTH_CHECK_INTERVAL_MS
 * (every open page asks), otherwise answers from what this process last found.
 */
export async function databaseStatus(): Promise<{ ok: boolean; unreachableSince: Date | null }> {
  if (healthCheckDue()) {
    const health = await checkDatabase();
    if (health.ok) noteDatabaseReachable();
    else {
      noteDatabaseUnreachable();
      console.error(`health: database unavailable: ${health.error}`);
    }
  }
  const since = databaseUnreachableSince();
  return { ok: since === null, unreachableSince: since };
}
