// The per-account half of the sign-in limit (the per-address half is Better
// Auth's rate limiter): failed sign-ins are counted per email, whatever address
// they come from, so rotating addresses does not buy more guesses. Counted for
// any email, known or not, so the answer never tells which accounts exist.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const signInLockout = {
  /** this many failed sign-ins for one email within `windowSeconds`... */
  maxFailures: 10,
  windowSeconds: 15 * 60,
  /** ...refuse that email's sign-in (even with the right password) for this long */
  lockSeconds: 15 * 60,
} as const;

/** The email a lockout is keyed by; null for what cannot be an email (Better Auth refuses it anyway). */
export function lockoutKey(email: unknown): string | null {
  if (typeof email !== "string") return null;
  const key = email.trim().toLowerCase();
  return key && key.length <= 320 ? key : null;
}

/** Seconds until this email may try again, or 0 when it is not locked. */
export async function secondsLocked(prisma: PrismaClient, email: string, now = new Date()): Promise<number> {
  const row = await prisma.signInFailure.findUnique({ where: { email }, select: { lockedUntil: true } });
  const until = row?.lockedUntil?.getTime() ?? 0;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts one failed sign-in (one atomic statement, so concurrent guesses all
 * count) and locks the email when it reaches the limit; returns the seconds
 * locked (0 when not). A lock is not extended by the attempts it refuses.
 */
export async function recordFailedSignIn(prisma: PrismaClient, email: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - signInLockout.windowSeconds * 1000);
  const lockedUntil = new Date(now.getTime() + signInLockout.lockSeconds * 1000);
  const [row] = await prisma.$queryRaw<Array<{ locked_until: Date | null }>>`
    INSERT INTO sign_in_failures AS f (email, failures, window_started_at, locked_until)
    VALUES (${email}, 1, ${now}, CASE WHEN 1 >= ${signInLockout.maxFailures} THEN ${lockedUntil}::timestamptz END)
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN f.window_started_at < ${windowStart} THEN 1 ELSE f.failures + 1 END,
      window_started_at = CASE WHEN f.window_started_at < ${windowStart} THEN ${now} ELSE f.window_started_at END,
      locked_until = CASE
        WHEN (CASE WHEN f.window_started_at < ${windowStart} THEN 1 ELSE f.failures + 1 END) >= ${signInLockout.maxFailures}
        THEN ${lockedUntil}::timestamptz
        ELSE f.locked_until END
    RETURNING locked_until`;
  // Rows of emails nobody has tried for a while (unknown emails included) go.
  await prisma.signInFailure.deleteMany({
    where: { windowStartedAt: { lt: windowStart }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  const until = row?.locked_until?.getTime() ?? 0;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** A successful sign-in forgets the failures before it. */
export async function clearFailedSignIns(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { email } });
}
