"use client";

import Link from "next/link";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { buttonClass } from "@/components/ui/button-class";
import { ButtonLink } from "@/components/ui/button-link";
import { canEdit, hasRole } from "@/lib/auth/roles";

import { useCurrentUser } from "./use-current-user";

const link = "block rounded px-3 py-1.5 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800";

/**
 * "Sign in", or the user's name and role with their links and sign-out; "New
 * postmortem" and "My drafts" for authors and above, "Review queue" for reviewers. Drawn in the browser (pages are cached
 * for everyone); nothing until the answer comes, so it never flashes "Sign in".
 */
export function UserMenu() {
  const user = useCurrentUser();
  if (user === undefined) return <span aria-hidden className="inline-block h-8 w-16" />;
  if (!user) {
    return (
      <Link href="/sign-in" className={`${buttonClass({ variant: "subtle", size: "sm" })} shrink-0 whitespace-nowrap`}>
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-2">
      {canEdit(user.role) ? (
        <ButtonLink href="/postmortems/new" size="sm">
          New postmortem
        </ButtonLink>
      ) : null}
      <details className="relative" data-user-menu>
        <summary className="cursor-pointer list-none rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800">
          <span className="font-medium">{user.name}</span>{" "}
          <span className="text-zinc-500 dark:text-zinc-400">· {user.role}</span>
        </summary>
        <div className="absolute right-0 z-30 mt-1 w-44 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <p className="truncate px-3 py-1.5 text-xs text-zinc-500 dark:text-zinc-400">{user.email}</p>
          {canEdit(user.role) ? (
            <Link href="/drafts" className={link}>
              My drafts
            </Link>
          ) : null}
          {hasRole(user.role, "reviewer") ? (
            <Link href="/review" className={link}>
              Review queue
            </Link>
          ) : null}
          {canEdit(user.role) ? (
            <Link href="/settings/tokens" className={link}>
              API tokens
            </Link>
          ) : null}
          {hasRole(user.role, "admin") ? (
            <Link href="/admin/users" className={link}>
              Users and roles
            </Link>
          ) : null}
          <SignOutButton className={`${link} w-full`} />
        </div>
      </details>
    </div>
  );
}
