"use client";

import { inferAdditionalFields } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

import type { Auth } from "./auth";

/**
 * Better Auth in the browser: `authClient.signIn.email`, `authClient.signUp.email`,
 * `authClient.signOut`, `authClient.useSession()` (the user has `role`).
 * Same origin as the page, so no base URL.
 */
export const authClient = createAuthClient({ plugins: [inferAdditionalFields<Auth>()] });
