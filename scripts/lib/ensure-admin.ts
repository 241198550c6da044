import { createAuth } from "@/lib/auth/auth";
import { adminFromEnv, ensureAdmin } from "@/lib/auth/bootstrap-admin";
import { createPrismaClient } from "@/lib/db/client";

/** HINDSIGHT_ADMIN_EMAIL + HINDSIGHT_ADMIN_PASSWORD: create that account as an admin, or promote it. */
export async function ensureAdminFromEnv(url: string, poolMax: number, secret: string): Promise<void> {
  const admin = adminFromEnv();
  if (!admin) return;
  const prisma = createPrismaClient(url, poolMax);
  try {
    const auth = createAuth({ prisma, secure: false, env: { ...process.env, BETTER_AUTH_SECRET: secret } });
    const result = await ensureAdmin(auth, prisma, admin);
    console.log(`admin ${admin.email}: ${result === "unchanged" ? "already an admin" : result}`);
  } finally {
    await prisma.$disconnect();
  }
}
