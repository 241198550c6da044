import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PostmortemEditor } from "@/components/editor/postmortem-editor";
import { findPostmortemRef, getPostmortemForEditing, type EditingPostmortem } from "@/lib/postmortems/queries";
import { getRevision } from "@/lib/postmortems/revisions";

import { requireAuthorPage } from "../../../author-access";
import { loadEditorCatalog } from "../../editor-catalog";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).slug}` };
}

export default async function EditPostmortemPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireAuthorPage(`/postmortems/${slug}/edit`);
  const [current, catalog] = await Promise.all([getPostmortemForEditing(slug, user), loadEditorCatalog()]);
  if (!current) notFound();
  const title = current.postmortem.title.trim() || slug;
  return (
    <div className="space-y-4">
      <Breadcrumbs
        items={[
          { label: "Postmortems", href: "/" },
          current.status === "published" ? { label: title, href: `/postmortems/${slug}` } : { label: title },
          { label: "Edit" },
        ]}
      />
      <PostmortemEditor
        key={`${slug}@${current.version}`}
        initial={
          (await continueProposal(slug, current)) ?? {
            postmortem: current.postmortem,
            version: current.version,
            status: current.status,
          }
        }
        catalog={catalog}
        user={user}
      />
    </div>
  );
}

/**
 * Your pending proposal on a published postmortem opens in the editor, based
 * on the version it was made on (a later publish then shows as a conflict to
 * merge, with that version as the common base).
 */
async function continueProposal(slug: string, current: EditingPostmortem) {
  const { proposal } = current;
  if (!proposal || current.status !== "published") return null;
  let base = current.postmortem;
  if (proposal.baseVersion !== current.version) {
    const ref = await findPostmortemRef(slug, { role: "author" });
    const revision = ref ? await getRevision(ref.id, proposal.baseVersion) : null;
    if (!revision) return null;
    base = revision.postmortem;
  }
  return {
    postmortem: proposal.postmortem,
    version: proposal.baseVersion,
    status: current.status,
    proposal: { id: proposal.id, base },
  };
}
