import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ProposalReview } from "@/components/review/proposal-review";
import { hasRole } from "@/lib/auth/roles";
import { getPostmortemProposal } from "@/lib/postmortems/queries";
import { proposalParamsSchema } from "@/lib/validations/authoring";

import { requireAuthorPage } from "../../../../author-access";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Proposed change to ${(await params).slug}` };
}

export default async function ProposalPage({ params }: Props) {
  const raw = await params;
  const user = await requireAuthorPage(`/postmortems/${raw.slug}/proposals/${raw.id}`);
  const parsed = proposalParamsSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { slug, id } = parsed.data;
  const proposal = await getPostmortemProposal(slug, id, user);
  if (!proposal) notFound();
  return (
    <ProposalReview
      slug={slug}
      proposal={JSON.parse(JSON.stringify(proposal))}
      canDecide={hasRole(user.role, "reviewer")}
      mine={proposal.authorId === user.id}
    />
  );
}
