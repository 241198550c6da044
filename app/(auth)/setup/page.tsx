import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SetupForm } from "@/components/auth/setup-form";
import { countUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Set up Hindsight" };

/** First run only: while no account exists. Afterwards the page does not exist. */
export default async function SetupPage() {
  if ((await countUsers()) > 0) notFound();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Set up Hindsight</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Create the first account. It is the admin, who gives others the author, reviewer or admin role. (Or start with{" "}
          <code>HINDSIGHT_ADMIN_EMAIL</code> and <code>HINDSIGHT_ADMIN_PASSWORD</code> set.)
        </p>
      </header>
      <SetupForm />
    </div>
  );
}
