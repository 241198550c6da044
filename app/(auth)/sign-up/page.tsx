import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignUpForm } from "@/components/auth/sign-up-form";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  // The very first account is the admin, made on /setup.
  if ((await countUsers()) === 0) redirect("/setup");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Create an account</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          New accounts can read; an admin can make you an author or reviewer.
        </p>
      </header>
      <SignUpForm />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Have an account?{" "}
        <TextLink href="/sign-in" underline="always">
          Sign in
        </TextLink>
        .
      </p>
    </div>
  );
}
