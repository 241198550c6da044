import { ButtonLink } from "@/components/ui/button-link";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { listPostmortemProposals } from "@/lib/postmortems/queries";

/** "Edit" and "History" on a postmortem's page, and the changes awaiting review, for authors and above; nothing for readers. */
export async function PostmortemActions({ slug }: { slug: string }) {
  const user = await getCurrentUser();
  if (!canEdit(user?.role)) return null;
  const pending = (await listPostmortemProposals(slug, user, "pending")) ?? [];
  return (
    <div data-no-print className="space-y-3">
      <nav aria-label="Edit this postmortem" className="flex flex-wrap gap-2">
        <ButtonLink href={`/postmortems/${slug}/edit`} variant="secondary" size="sm">
          Edit
        </ButtonLink>
        <ButtonLink href={`/postmortems/${slug}/history`} variant="secondary" size="sm">
          History
        </ButtonLink>
      </nav>
      {pending.length ? (
        <section
          aria-labelledby="pending-proposals-heading"
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-50"
        >
          <h2 id="pending-proposals-heading" className="font-semibold">
            {`${pending.length === 1 ? "1 proposed change" : `${pending.length} proposed changes`} pending review`}
          </h2>
          <ul className="mt-1 space-y-1">
            {pending.map((p) => (
              <li key={p.id}>
                <TextLink href={`/postmortems/${slug}/proposals/${p.id}`} underline="always">
                  Proposed by {p.author?.name ?? "a deleted user"} on version {p.baseVersion}
                </TextLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
