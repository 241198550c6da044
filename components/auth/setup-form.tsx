"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormError, FormField, primaryButton } from "./form-field";

interface FieldError {
  field: string;
  message: string;
}

/** First run: the first admin (POST /api/setup signs them in). */
export function SetupForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    setFields({});
    const response = await fetch("/api/setup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: form.get("name"), email: form.get("email"), password: form.get("password") }),
    }).catch(() => null);
    setPending(false);
    if (response?.ok) {
      router.replace("/admin/users");
      router.refresh();
      return;
    }
    const body = (await response?.json().catch(() => null)) as {
      error?: { message?: string; fields?: FieldError[] };
    } | null;
    setFields(Object.fromEntries((body?.error?.fields ?? []).map((f) => [f.field, f.message])));
    setError(body?.error?.message ?? "Hindsight did not answer. Is it running?");
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={error} />
      <FormField
        id="name"
        name="name"
        label="Your name"
        autoComplete="name"
        required
        maxLength={100}
        error={fields.name}
      />
      <FormField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        error={fields.email}
      />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        error={fields.password}
      />
      <button type="submit" className={primaryButton} disabled={pending}>
        {pending ? "Creating…" : "Create the admin account"}
      </button>
    </form>
  );
}
