import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where a generated secret is kept when BETTER_AUTH_SECRET is not set (embedded mode, local use). */
export function authSecretFile(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.HINDSIGHT_DATA_DIR ?? ".data", "auth-secret");
}

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET, else one
 * generated on first use and kept (mode 0600) under the data directory, so
 * sessions survive restarts. Several processes may race to create it: the
 * file appears atomically (hard link of a complete temp file), and every
 * process reads the one that won.
 */
export function resolveAuthSecret(env: Record<string, string | undefined> = process.env): string {
  const configured = env.BETTER_AUTH_SECRET?.trim();
  if (configured) {
    if (configured.length < 32)
      throw new Error("BETTER_AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)");
    return configured;
  }
  const file = authSecretFile(env);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temp, randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  const secret = readSecret(file);
  if (!secret) throw new Error(`could not read the auth secret from ${file}`);
  return secret;
}

function readSecret(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
