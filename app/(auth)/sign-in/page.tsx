import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { safeNext } from "@/components/auth/form-field";
import { SignInForm } from "@/components/auth/sign-in-form";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = safeNext(Array.isArray(raw) ? raw[0] : raw);
  if (await getCurrentUser()) redirect(next);
  if ((await countUsers()) === 0) redirect("/setup");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">To write, review and publish postmortems.</p>
      </header>
      <SignInForm next={next} />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        No account yet?{" "}
        <TextLink href="/sign-up" underline="always">
          Create one
        </TextLink>
        .
      </p>
    </div>
  );
}
