"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { LineDiff } from "@/components/history/line-diff";
import { LocalTime } from "@/components/history/local-time";
import { authoringApi, type ProposalWithText } from "@/components/postmortem/authoring-api";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { TextLink } from "@/components/ui/text-link";
import type { ApiError } from "@/lib/api/client";

import { ProposalBadge, proposalLine } from "./proposal-status";

interface Props {
  slug: string;
  proposal: ProposalWithText;
  /** a reviewer or admin: may approve or reject */
  canDecide: boolean;
  /** the signed-in user proposed it: may go on editing it */
  mine: boolean;
}

/** One proposed change: the diff against what readers see now, and the reviewer's decision. */
export function ProposalReview({ slug, proposal, canDecide, mine }: Props) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const decide = useMutation({
    mutationFn: (decision: "approve" | "reject") =>
      authoringApi.decide(slug, proposal.id, decision, proposal.revision, comment),
    onSuccess: (result, decision) => {
      setMessage({
        text:
          decision === "approve" && "version" in result
            ? `Approved: the page now shows version ${result.version}.`
            : "Rejected: the published page is unchanged.",
        error: false,
      });
      router.refresh();
    },
    onError: (error: ApiError) => setMessage({ text: `Not done: ${error.message}`, error: true }),
  });
  const stale = proposal.status === "pending" && proposal.baseVersion !== proposal.published.version;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <nav aria-label="This postmortem" className="flex flex-wrap gap-4 text-sm">
          <TextLink href={`/postmortems/${slug}`}>Published page</TextLink>
          <TextLink href={`/postmortems/${slug}/history`}>History</TextLink>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight">Proposed change to {proposal.postmortem.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
          <ProposalBadge status={proposal.status} />
          <span>{proposalLine(proposal)}</span>
          <span>
            · last saved <LocalTime iso={proposal.updatedAt} />
          </span>
        </p>
        {proposal.reviewComment ? (
          <blockquote className="border-l-4 border-zinc-300 pl-3 text-sm dark:border-zinc-600">
            {proposal.reviewer?.name ?? "The reviewer"}: {proposal.reviewComment}
          </blockquote>
        ) : null}
        {stale ? (
          <p role="alert" className="text-sm text-amber-900 dark:text-amber-200">
            Made on version {proposal.baseVersion}; the postmortem is now at version {proposal.published.version}. It
            cannot be approved until its author merges it with the newer version and saves again.
          </p>
        ) : null}
      </header>

      {proposal.status === "pending" && mine ? (
        <p className="text-sm">
          <TextLink href={`/postmortems/${slug}/edit`} underline="always">
            Go on editing your proposal
          </TextLink>
        </p>
      ) : null}

      <section aria-labelledby="proposal-diff-heading" className="space-y-3">
        <h2 id="proposal-diff-heading" className="text-lg font-semibold">
          What it changes
        </h2>
        <LineDiff
          before={proposal.published.text}
          after={proposal.text}
          beforeLabel={`published version ${proposal.published.version}`}
          afterLabel="the proposal"
        />
      </section>

      {proposal.status === "pending" && canDecide ? (
        <section aria-labelledby="decision-heading" className="space-y-3">
          <h2 id="decision-heading" className="text-lg font-semibold">
            Your review
          </h2>
          <label htmlFor="review-comment" className="block text-sm font-medium">
            Comment for {proposal.author?.name ?? "the author"} (optional)
          </label>
          <Textarea
            id="review-comment"
            rows={3}
            value={comment}
            maxLength={10_000}
            onChange={(event) => setComment(event.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button variant="accent" disabled={decide.isPending || stale} onClick={() => decide.mutate("approve")}>
              Approve and publish
            </Button>
            <Button variant="secondary" disabled={decide.isPending} onClick={() => decide.mutate("reject")}>
              Reject
            </Button>
          </div>
        </section>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={`text-sm ${message?.error ? "text-red-800 dark:text-red-300" : "text-green-800 dark:text-green-300"}`}
      >
        {message?.text ?? ""}
      </p>
    </div>
  );
}
