import type { ServerCopy } from "@/components/postmortem/authoring-api";

/** Where saving stands, as the status line shows it. */
export type SaveState =
  | { kind: "idle" }
  | { kind: "saving"; attempt: number }
  | { kind: "saved"; at: number; pendingReview?: boolean }
  | { kind: "invalid"; count: number }
  | { kind: "failed"; reason: string; retryAt: number | null; attempt: number }
  | { kind: "conflict"; current: ServerCopy };

/** 1 s, 2 s, 4 s … up to 30 s between attempts, with a little jitter so tabs do not retry in step. */
export function retryDelay(attempt: number, random = Math.random()): number {
  const base = Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.85 + 0.3 * random));
}

export function formatClock(at: number | Date): string {
  return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}
