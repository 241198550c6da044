import { ButtonLink } from "@/components/ui/button-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";

/** "Edit" and "History" on a postmortem's page, for authors and above; nothing for readers. */
export async function PostmortemActions({ slug }: { slug: string }) {
  const user = await getCurrentUser();
  if (!canEdit(user?.role)) return null;
  return (
    <nav aria-label="Edit this postmortem" data-no-print className="flex flex-wrap gap-2">
      <ButtonLink href={`/postmortems/${slug}/edit`} variant="secondary" size="sm">
        Edit
      </ButtonLink>
      <ButtonLink href={`/postmortems/${slug}/history`} variant="secondary" size="sm">
        History
      </ButtonLink>
    </nav>
  );
}
