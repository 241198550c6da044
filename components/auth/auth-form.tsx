"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

/** Why a submit failed: one message for the top, and messages by input name. */
export interface FormFailure {
  message: string;
  fields?: Record<string, string>;
}

/** better-auth's answer as a FormFailure: null when it worked, else the words for its status, its own, or `fallback`. */
export function authFailure(
  error: { status: number; message?: string | null } | null,
  byStatus: Record<number, string>,
  fallback: string,
): FormFailure | null {
  if (!error) return null;
  return { message: byStatus[error.status] ?? error.message ?? fallback };
}

interface Props {
  /** sends the form; null when it worked */
  submit: (form: FormData) => Promise<FormFailure | null>;
  /** where to go once it worked */
  redirectTo: string;
  submitLabel: string;
  pendingLabel: string;
  /** the inputs; a function receives the messages by input name */
  children: ReactNode | ((fields: Record<string, string>) => ReactNode);
}

/**
 * What the sign-in, sign-up and setup forms share: the error announced at
 * the top, a submit button that says it is working, and the way on after.
 */
export function AuthForm({ submit, redirectTo, submitLabel, pendingLabel, children }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailure(null);
    const result = await submit(form);
    setPending(false);
    if (result) {
      setFailure(result);
      return;
    }
    // Whatever was asked as "nobody" (the user menu, Edit buttons) is asked again as the new user.
    queryClient.clear();
    router.replace(redirectTo);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {failure ? <ErrorAlert>{failure.message}</ErrorAlert> : null}
      {typeof children === "function" ? children(failure?.fields ?? {}) : children}
      <Button type="submit" size="lg" block disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
