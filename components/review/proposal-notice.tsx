import { authoringApi } from "@/components/postmortem/authoring-api";
import { TextLink } from "@/components/ui/text-link";

/** In the editor while your change to a published postmortem awaits a reviewer. */
export function ProposalNotice({ slug, proposalId, version }: { slug: string; proposalId: string; version: number }) {
  return (
    <section
      aria-label="Pending review"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <p>
        <strong>Pending review.</strong> This postmortem is published: your changes are saved as a proposal, and its
        page keeps showing version {version} until a reviewer approves them. Saving again updates your proposal.{" "}
        <TextLink href={authoringApi.proposalUrl(slug, proposalId)} underline="always">
          View your proposal
        </TextLink>
      </p>
    </section>
  );
}
