"use client";

import { authClient } from "@/lib/auth/auth-client";

import { AuthForm, authFailure } from "./auth-form";
import { EmailField, FormField, safeNext } from "./form-field";

export function SignInForm({ next }: { next?: string }) {
  async function submit(form: FormData) {
    const { error } = await authClient.signIn.email({
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    return authFailure(
      error,
      { 429: "Too many sign-in attempts. Wait a minute and try again.", 401: "Wrong email or password." },
      "Sign-in failed.",
    );
  }

  return (
    <AuthForm submit={submit} redirectTo={safeNext(next)} submitLabel="Sign in" pendingLabel="Signing in…">
      <EmailField />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
    </AuthForm>
  );
}
