"use client";

import { useCurrentUser } from "@/components/layout/use-current-user";
import { ButtonLink } from "@/components/ui/button-link";
import { hasRole } from "@/lib/auth/roles";

/**
 * "Edit" on a pattern's or limit's page (reviewers and above), "New …" on
 * their lists (authors and above); nothing for readers. Asked from the
 * browser (/api/me): the page itself is one cached copy for everyone.
 */
export function CatalogActions({ kind, entry }: { kind: "pattern" | "limit"; entry?: string }) {
  const user = useCurrentUser();
  const href = entry ? `/${kind}s/${encodeURIComponent(entry)}/edit` : `/${kind}s/new`;
  if (!hasRole(user?.role, entry ? "reviewer" : "author")) return null;
  return (
    <nav aria-label={entry ? `Edit this ${kind}` : `Add a ${kind}`} data-no-print className="flex gap-2">
      <ButtonLink href={href} variant="secondary" size="sm">
        {entry ? "Edit" : `New ${kind}`}
      </ButtonLink>
    </nav>
  );
}
