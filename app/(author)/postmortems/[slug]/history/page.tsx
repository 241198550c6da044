import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { HistoryView } from "@/components/history/history-view";
import { findPostmortemRef, listPostmortemProposals } from "@/lib/postmortems/queries";
import { listRevisions } from "@/lib/postmortems/revisions";

import { requireAuthorPage } from "../../../author-access";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History of ${(await params).slug}` };
}

export default async function PostmortemHistoryPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireAuthorPage(`/postmortems/${slug}/history`);
  const ref = await findPostmortemRef(slug, user);
  if (!ref) notFound();
  const revisions = await listRevisions(ref.id);
  const proposals = (await listPostmortemProposals(slug, user)) ?? [];
  return (
    <div className="space-y-4">
      <Breadcrumbs
        items={[
          { label: "Postmortems", href: "/" },
          { label: slug, href: ref.status === "published" ? `/postmortems/${slug}` : `/postmortems/${slug}/edit` },
          { label: "History" },
        ]}
      />
      <HistoryView
        slug={slug}
        initialRevisions={revisions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))}
        proposals={JSON.parse(JSON.stringify(proposals))}
      />
    </div>
  );
}
