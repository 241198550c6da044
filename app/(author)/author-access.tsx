import "server-only";

import Link from "next/link";
import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole, type SessionUser } from "@/lib/auth/roles";

/**
 * Editor pages need an author or above: signed out goes to /sign-in and back;
 * a lower role gets the reason instead of the page.
 */
export async function authorOrDenied(
  returnTo: string,
): Promise<{ user: SessionUser; denied: null } | { user: SessionUser; denied: React.ReactElement }> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (hasRole(user.role, "author")) return { user, denied: null };
  return { user, denied: <AccessDenied role={user.role} /> };
}

function AccessDenied({ role }: { role: string }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-300">403 · Not allowed</p>
      <h1 className="mt-2 text-2xl font-semibold">You cannot edit postmortems</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        Your role is <strong>{role}</strong>: it lets you read published postmortems. Writing, editing and reviewing
        need the author role or above; ask an admin to give it to you.
      </p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-zinc-900 px-4 py-2 text-sm text-white dark:bg-zinc-100 dark:text-zinc-900"
      >
        Back to all postmortems
      </Link>
    </div>
  );
}
