import type { PrismaClient } from "@/lib/generated/prisma/client";

import type { Auth } from "./auth";

export interface AdminInput {
  email: string;
  password: string;
  name?: string;
}

/**
 * Makes sure `email` is an admin: creates the account (email + password) when
 * it does not exist, else promotes it; an existing password is left alone.
 * Used by `npm start` (HINDSIGHT_ADMIN_EMAIL/PASSWORD) and the /setup page.
 */
export async function ensureAdmin(
  auth: Auth,
  prisma: PrismaClient,
  input: AdminInput,
): Promise<"created" | "promoted" | "unchanged"> {
  const email = input.email.trim().toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (existing) {
    if (existing.role === "admin") return "unchanged";
    await prisma.user.update({ where: { id: existing.id }, data: { role: "admin" } });
    return "promoted";
  }
  const { user } = await auth.api.signUpEmail({
    body: { email, password: input.password, name: input.name?.trim() || email.split("@")[0]! },
  });
  await prisma.user.update({ where: { id: user.id }, data: { role: "admin" } });
  return "created";
}

/** HINDSIGHT_ADMIN_EMAIL + HINDSIGHT_ADMIN_PASSWORD (+ HINDSIGHT_ADMIN_NAME), or null when not configured. */
export function adminFromEnv(env: Record<string, string | undefined> = process.env): AdminInput | null {
  const email = env.HINDSIGHT_ADMIN_EMAIL?.trim();
  const password = env.HINDSIGHT_ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !password) throw new Error("set both HINDSIGHT_ADMIN_EMAIL and HINDSIGHT_ADMIN_PASSWORD (or neither)");
  return { email, password, name: env.HINDSIGHT_ADMIN_NAME };
}
