import { ButtonLink } from "@/components/ui/button-link";
import { PageMessage } from "@/components/ui/page-message";
import { getCurrentUser } from "@/lib/auth/current-user";

// What forbidden() renders (HTTP 403): a signed-in user whose role does not reach the page.
export default async function Forbidden() {
  const user = await getCurrentUser();
  return (
    <PageMessage
      alert
      eyebrow="403 · Not allowed"
      title="Your role does not open this page"
      action={
        <ButtonLink href="/" size="lg">
          Back to all postmortems
        </ButtonLink>
      }
    >
      Your role is <strong>{user?.role ?? "viewer"}</strong>: it lets you read published postmortems. Writing, editing,
      reviewing and API tokens need the author role or above; ask an admin to give it to you.
    </PageMessage>
  );
}
