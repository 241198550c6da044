import "server-only";

import { redirect } from "next/navigation";

import { ButtonLink } from "@/components/ui/button-link";
import { PageMessage } from "@/components/ui/page-message";
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
    <PageMessage
      alert
      eyebrow="403 · Not allowed"
      title="You cannot edit postmortems"
      action={
        <ButtonLink href="/" size="lg">
          Back to all postmortems
        </ButtonLink>
      }
    >
      Your role is <strong>{role}</strong>: it lets you read published postmortems. Writing, editing and reviewing need
      the author role or above; ask an admin to give it to you.
    </PageMessage>
  );
}
