import type { Metadata } from "next";

import { QueueTable } from "@/components/review/queue-table";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { listMyDrafts } from "@/lib/postmortems/review-queue";

import { requireAuthorPage } from "../author-access";

export const metadata: Metadata = { title: "My drafts" };

// GET /drafts - an author's unpublished work: drafts and postmortems in review they wrote or edited
// (a revision of theirs), the latest change first. Authors and above; per request (the (author) layout).
export default async function MyDraftsPage() {
  const user = await requireAuthorPage("/drafts");
  const drafts = await listMyDrafts(user.id);
  return (
    <div className="max-w-5xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">My drafts</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Drafts and postmortems in review that you wrote or edited. Only authors, reviewers and admins see them until a
          reviewer publishes them.
        </p>
      </header>
      {drafts.length ? (
        <QueueTable items={drafts} time="changed" caption="Your drafts and postmortems in review" />
      ) : (
        <EmptyState>
          <p>You have no drafts.</p>
          <ButtonLink href="/postmortems/new" size="sm" className="mt-3">
            New postmortem
          </ButtonLink>
        </EmptyState>
      )}
    </div>
  );
}
