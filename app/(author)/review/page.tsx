import type { Metadata } from "next";

import { QueueTable } from "@/components/review/queue-table";
import { waited } from "@/components/review/waited";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { listPendingProposals, listReviewQueue } from "@/lib/postmortems/review-queue";

import { requireAuthorPage } from "../author-access";

export const metadata: Metadata = { title: "Review queue" };

// GET /review - what reviewers have to look at: postmortems in review, the longest waiting first,
// and changes proposed to published postmortems. Reviewers and admins; per request (the (author) layout).
export default async function ReviewPage() {
  await requireAuthorPage("/review", "reviewer");
  const [queue, proposals] = await Promise.all([listReviewQueue(), listPendingProposals()]);
  const now = new Date();
  return (
    <div className="max-w-5xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Review queue</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Postmortems submitted for review, the one waiting longest first. Open one to read it as it will be published,
          comment, and publish it.
        </p>
      </header>
      <section aria-labelledby="in-review-heading" className="space-y-3">
        <h2 id="in-review-heading" className="text-lg font-semibold">
          In review ({queue.length})
        </h2>
        {queue.length ? (
          <QueueTable items={queue} time="waiting" caption="Postmortems in review, oldest first" />
        ) : (
          <EmptyState compact>Nothing is waiting for review.</EmptyState>
        )}
      </section>
      <section aria-labelledby="proposals-heading" className="space-y-3">
        <h2 id="proposals-heading" className="text-lg font-semibold">
          Proposed changes to published postmortems ({proposals.length})
        </h2>
        {proposals.length ? (
          <ul className="space-y-2 text-sm">
            {proposals.map((p) => (
              <li key={p.id}>
                <TextLink href={`/postmortems/${p.slug}/proposals/${p.id}`} underline="always">
                  {p.title}
                </TextLink>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">
                  by {p.author ?? "a deleted user"}, waiting{" "}
                  <time dateTime={p.since.toISOString()}>{waited(p.since, now)}</time>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState compact>No proposed changes are waiting.</EmptyState>
        )}
      </section>
    </div>
  );
}
