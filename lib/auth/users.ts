import "server-only";

import { db } from "@/lib/db";

import type { Role } from "./roles";

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
}

export function countUsers(): Promise<number> {
  return db.user.count();
}

export function listUsers(): Promise<UserListItem[]> {
  return db.user.findMany({
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}

export class LastAdminError extends Error {}

/**
 * Sets a user's role; null when there is no such user. Refuses to take the
 * admin role from the last admin (nobody could manage roles any more).
 */
export async function setUserRole(userId: string, role: Role): Promise<UserListItem | null> {
  return db.$transaction(async (tx) => {
    // Serialises role changes, so two admins demoting each other cannot leave none.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270736901)`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) return null;
    if (user.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) {
      throw new LastAdminError("This is the last admin: make someone else an admin first.");
    }
    return tx.user.update({
      where: { id: userId },
      data: { role },
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    });
  });
}
