import { randomBytes } from "node:crypto";

import { createAuth, type Auth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";

import type { TestDatabase } from "./test-database";

export interface TestUser {
  id: string;
  name: string;
  email: string;
  password: string;
  role: Role;
}

const auths = new WeakMap<TestDatabase, Auth>();

function authOf(database: TestDatabase): Auth {
  let auth = auths.get(database);
  if (!auth) {
    // Only for creating accounts (hashing the password); sessions come from the server's own sign-in.
    auth = createAuth({
      prisma: database.prisma,
      secure: false,
      env: { ...process.env, BETTER_AUTH_SECRET: randomBytes(32).toString("base64url") },
    });
    auths.set(database, auth);
  }
  return auth;
}

/**
 * Creates an account with a role directly in the database, through Better
 * Auth's server API (so the password works for signing in over HTTP).
 * Email and password are made up when not given.
 */
export async function createUser(
  database: TestDatabase,
  options: { role: Role; name?: string; email?: string; password?: string },
): Promise<TestUser> {
  const tag = randomBytes(4).toString("hex");
  const email = (options.email ?? `${options.role}-${tag}@example.test`).toLowerCase();
  const name = options.name ?? `${options.role[0]!.toUpperCase()}${options.role.slice(1)} ${tag}`;
  const password = options.password ?? `pw-${randomBytes(12).toString("hex")}`;
  const { user } = await authOf(database).api.signUpEmail({ body: { email, password, name } });
  await database.prisma.user.update({ where: { id: user.id }, data: { role: options.role } });
  return { id: user.id, name, email, password, role: options.role };
}

/** A made-up client address per sign-in, so the sign-in rate limit (5 a minute per address) does not trip across tests. */
export function randomClientIp(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c! || 1}`;
}

/**
 * Signs in over HTTP (POST /api/auth/sign-in/email) and returns the Cookie
 * header to send with later requests (`{ headers: { cookie } }`).
 * Throws with the server's answer when sign-in fails.
 */
export async function signIn(
  baseUrl: string,
  user: { email: string; password: string },
  options: { ip?: string } = {},
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": options.ip ?? randomClientIp() },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${user.email} failed: ${response.status} ${await response.text()}`);
  const cookie = cookieHeader(response);
  if (!cookie) throw new Error(`sign-in of ${user.email} set no cookie`);
  return cookie;
}

/** The `name=value` pairs of a response's Set-Cookie headers, as one Cookie header. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/** Creates a user with a role and signs it in: the user and its Cookie header. */
export async function signedInUser(
  baseUrl: string,
  database: TestDatabase,
  role: Role,
): Promise<TestUser & { cookie: string }> {
  const user = await createUser(database, { role });
  return { ...user, cookie: await signIn(baseUrl, user) };
}

/** A Cookie header as cookies for a browser context: `context.addCookies(browserCookies(user.cookie, baseUrl))`. */
export function browserCookies(cookie: string, baseUrl: string): Array<{ name: string; value: string; url: string }> {
  return cookie
    .split("; ")
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
    });
}
