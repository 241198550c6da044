import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { db } from "@/lib/db";

import { isRole, type SessionUser } from "./roles";

/** Secrets look like `hs_<43 characters>`; the prefix makes a leaked one easy to recognise and grep for. */
export const TOKEN_PREFIX = "hs_";
const SHOWN_PREFIX = 10;
const MAX_TOKENS_PER_USER = 50;
/** last_used_at is written at most this often per token, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface ApiTokenInfo {
  id: string;
  name: string;
  /** The first characters of the secret, to tell tokens apart. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const infoSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true } as const;

/**
 * A 32-byte random secret is a lookup key, not a password: its sha256 is
 * stored (unique), never the secret, which is returned once here.
 */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export class TooManyTokensError extends Error {}

export async function createApiToken(userId: string, name: string): Promise<{ token: ApiTokenInfo; secret: string }> {
  if ((await db.apiToken.count({ where: { userId } })) >= MAX_TOKENS_PER_USER) {
    throw new TooManyTokensError(`You have ${MAX_TOKENS_PER_USER} tokens; revoke one first.`);
  }
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const token = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(secret), prefix: secret.slice(0, SHOWN_PREFIX) },
    select: infoSelect,
  });
  return { token, secret };
}

export function listApiTokens(userId: string): Promise<ApiTokenInfo[]> {
  return db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: infoSelect });
}

/** Revokes one of the user's own tokens; false when it is not theirs or already gone. */
export async function revokeApiToken(userId: string, id: string): Promise<boolean> {
  const { count } = await db.apiToken.deleteMany({ where: { id, userId } });
  return count > 0;
}

/** The owner of a token secret (a token acts with its owner's current role), or null. */
export async function userForToken(secret: string): Promise<SessionUser | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { id: true, lastUsedAt: true, user: { select: { id: true, name: true, email: true, role: true } } },
  });
  if (!token) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  }
  const { user } = token;
  return { ...user, role: isRole(user.role) ? user.role : "viewer" };
}
