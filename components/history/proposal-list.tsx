import type { Proposal } from "@/components/postmortem/authoring-api";
import { ProposalBadge, proposalLine } from "@/components/review/proposal-status";
import { TextLink } from "@/components/ui/text-link";

import { LocalTime } from "./local-time";

/** Changes authors proposed to the published postmortem: pending, approved and rejected, newest first. */
export function ProposalList({ slug, proposals }: { slug: string; proposals: Proposal[] }) {
  return (
    <section aria-labelledby="proposals-heading" className="space-y-2">
      <h2 id="proposals-heading" className="text-lg font-semibold">
        Proposed changes
      </h2>
      {proposals.length ? (
        <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          {proposals.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2 py-2">
              <ProposalBadge status={p.status} />
              <TextLink href={`/postmortems/${slug}/proposals/${p.id}`}>{proposalLine(p)}</TextLink>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">
                <LocalTime iso={p.decidedAt ?? p.updatedAt} />
              </span>
              {p.reviewComment ? (
                <span className="basis-full text-xs text-zinc-700 dark:text-zinc-300">“{p.reviewComment}”</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          None: changes by authors to a published postmortem appear here for review.
        </p>
      )}
    </section>
  );
}
