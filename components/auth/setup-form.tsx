"use client";

import { ApiError, request } from "@/lib/api/client";

import { AuthForm, type FormFailure } from "./auth-form";
import { EmailField, FormField, NewPasswordField } from "./form-field";

const noAnswer = "Hindsight did not answer. Is it running?";

async function submit(form: FormData): Promise<FormFailure | null> {
  try {
    await request("/api/setup", {
      method: "POST",
      body: { name: form.get("name"), email: form.get("email"), password: form.get("password") },
      messages: { unreachable: noAnswer, status: () => noAnswer },
    });
    return null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { message: error.message, fields: Object.fromEntries(error.fields.map((f) => [f.field, f.message])) };
  }
}

/** First run: the first admin (POST /api/setup signs them in). */
export function SetupForm() {
  return (
    <AuthForm submit={submit} redirectTo="/admin/users" submitLabel="Create the admin account" pendingLabel="Creating…">
      {(fields) => (
        <>
          <FormField
            id="name"
            name="name"
            label="Your name"
            autoComplete="name"
            required
            maxLength={100}
            error={fields.name}
          />
          <EmailField error={fields.email} />
          <NewPasswordField error={fields.password} />
        </>
      )}
    </AuthForm>
  );
}
