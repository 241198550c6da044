"use client";

import { authClient } from "@/lib/auth/auth-client";

import { AuthForm, authFailure } from "./auth-form";
import { EmailField, FormField, NewPasswordField } from "./form-field";

/** Creates a viewer account and signs it in; an admin gives it more. */
export function SignUpForm() {
  async function submit(form: FormData) {
    const { error } = await authClient.signUp.email({
      name: String(form.get("name")),
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    return authFailure(
      error,
      { 429: "Too many attempts. Wait a minute and try again." },
      "The account could not be created.",
    );
  }

  return (
    <AuthForm submit={submit} redirectTo="/" submitLabel="Create account" pendingLabel="Creating account…">
      <FormField id="name" name="name" label="Name" autoComplete="name" required maxLength={100} />
      <EmailField />
      <NewPasswordField />
    </AuthForm>
  );
}
