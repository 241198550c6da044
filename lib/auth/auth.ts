import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddressHeader } from "@/lib/http/client-address";
import { signUpBodySchema } from "@/lib/validations/authoring";
import { toFieldErrors } from "@/lib/validations/format-issues";

import { resolveAuthSecret } from "./secret";
import { clearFailedSignIns, lockoutKey, recordFailedSignIn, secondsLocked } from "./sign-in-lockout";

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Better Auth (email + password) over our Prisma client. `secure` decides the
 * cookies' Secure attribute (and `__Secure-` name prefix): the app keeps one
 * instance for HTTPS requests and one for plain HTTP (lib/auth/server.ts), so
 * `npm start` on http://host:3000 works while a deployment behind HTTPS gets
 * Secure cookies. Scripts and tests call this directly with their own client.
 */
export function createAuth(options: { prisma: PrismaClient; secure: boolean; env?: NodeJS.ProcessEnv }) {
  const env = options.env ?? process.env;
  const { prisma } = options;
  // Set by scripts/serve.ts, which decides the address from the socket and
  // HINDSIGHT_TRUSTED_PROXIES. Without it (a bare `next start`) no header is
  // believed: every client shares one bucket per path, and the per-account
  // limit still holds.
  const addressHeader = clientAddressHeader(env) ?? "x-hindsight-client-address-unknown";
  return betterAuth({
    appName: "Hindsight",
    // Unset: taken from each request (its own origin is then the trusted one).
    baseURL: env.BETTER_AUTH_URL?.trim() || undefined,
    secret: resolveAuthSecret(env),
    database: prismaAdapter(options.prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 128, autoSignIn: true },
    user: {
      additionalFields: {
        // Only an admin changes it (lib/auth/users.ts), never the sign-up form.
        role: { type: "string", required: false, defaultValue: "viewer", input: false },
      },
    },
    rateLimit: {
      // On in every environment (Better Auth's default is production only). In
      // the database (rate_limits), so that every app process shares the counts.
      enabled: true,
      storage: "database",
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/sign-up/email": { window: 60, max: 5 },
      },
    },
    hooks: {
      // Per account, whatever the address (lib/auth/sign-in-lockout.ts).
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-up/email") {
          // Better Auth takes any length of name and email; ours are the setup form's rules.
          const parsed = signUpBodySchema.safeParse(ctx.body);
          if (!parsed.success) {
            const [first] = toFieldErrors(parsed.error);
            throw new APIError("UNPROCESSABLE_ENTITY", {
              code: "VALIDATION_FAILED",
              message: `${first!.field}: ${first!.message}`,
            });
          }
          return;
        }
        if (ctx.path !== "/sign-in/email") return;
        const email = lockoutKey((ctx.body as { email?: unknown } | undefined)?.email);
        if (!email) return;
        const seconds = await secondsLocked(prisma, email);
        if (seconds > 0) throw lockedOut(seconds);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = lockoutKey((ctx.body as { email?: unknown } | undefined)?.email);
        if (!email) return;
        const returned = ctx.context.returned;
        if (isAPIError(returned)) {
          if (returned.statusCode !== 401) return;
          // This attempt still answers 401 (an after hook cannot change the status); the next one is refused.
          await recordFailedSignIn(prisma, email);
        } else if (returned) {
          await clearFailedSignIns(prisma, email);
        }
      }),
    },
    // The request's own origin (a browser always sends the Host it talks to, so
    // another site cannot pose as it), plus any configured ones.
    trustedOrigins: (request) => [...list(env.HINDSIGHT_TRUSTED_ORIGINS), ...(request ? [ownOrigin(request)] : [])],
    advanced: {
      // Better Auth turns the origin check off when NODE_ENV=test; keep it on everywhere.
      disableOriginCheck: false,
      useSecureCookies: options.secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.secure },
      ipAddress: { ipAddressHeaders: [addressHeader] },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

function lockedOut(seconds: number): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    {
      code: "ACCOUNT_LOCKED",
      message: `Too many failed sign-ins for this account. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    },
    { "retry-after": String(seconds) },
  );
}

/** scheme://host of the request as the browser addressed it (through a proxy: its forwarded host and scheme). */
export function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || url.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.slice(0, -1);
  return `${proto}://${host}`;
}
