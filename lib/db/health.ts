import "server-only";

import { db } from "@/lib/db";

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
