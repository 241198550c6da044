import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PostmortemEditor } from "@/components/editor/postmortem-editor";
import { getPostmortemForEditing } from "@/lib/postmortems/queries";

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
  return (
    <PostmortemEditor
      key={`${slug}@${current.version}`}
      initial={{ postmortem: current.postmortem, version: current.version, status: current.status }}
      catalog={catalog}
      user={user}
    />
  );
}
