import type { InputHTMLAttributes } from "react";

import { TextInput } from "@/components/ui/text-input";

/** A labelled input with its hint or error announced to screen readers. */
export function FormField({
  label,
  hint,
  error,
  id,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & { id: string; label: string; hint?: string; error?: string }) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <TextInput id={id} size="lg" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The email input every account form starts with. */
export function EmailField({ error }: { error?: string }) {
  return <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required error={error} />;
}

/** A new account's password, with the rule it must meet. */
export function NewPasswordField({ error }: { error?: string }) {
  return (
    <FormField
      id="password"
      name="password"
      type="password"
      label="Password"
      autoComplete="new-password"
      required
      minLength={10}
      hint="At least 10 characters."
      error={error}
    />
  );
}

/** Only same-site paths: `?next=https://elsewhere` must not become an open redirect. */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
