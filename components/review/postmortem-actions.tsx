"use client";

import { useQuery } from "@tanstack/react-query";

import { useCurrentUser } from "@/components/layout/use-current-user";
import { ButtonLink } from "@/components/ui/button-link";
import { TextLink } from "@/components/ui/text-link";
import { request, type Jsonified } from "@/lib/api/client";
import { canEdit } from "@/lib/auth/roles";
import type { ProposalSummary } from "@/lib/postmortems/proposals";
import { queryKeys } from "@/lib/query-keys";

/**
 * "Edit" and "History" on a postmortem's page, and the changes awaiting review,
 * for authors and above; nothing for readers. Asked from the browser: the page
 * itself is one cached copy for everyone.
 */
export function PostmortemActions({ slug }: { slug: string }) {
  const user = useCurrentUser();
  const editor = canEdit(user?.role);
  const { data } = useQuery({
    queryKey: [...queryKeys.proposals(slug), "pending"],
    queryFn: ({ signal }) =>
      request<{ proposals: Jsonified<ProposalSummary>[] }>(
        `/api/postmortems/${encodeURIComponent(slug)}/proposals?status=pending`,
        { signal },
      ),
    enabled: editor,
  });
  if (!editor) return null;
  const pending = data?.proposals ?? [];
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
