import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CatalogFormView } from "@/components/catalog/catalog-form";
import { RevisionHistory } from "@/components/catalog/revision-history";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getPatternForEditing, listPatternRevisions } from "@/lib/patterns/editing";

import { requireAuthorPage } from "../../../author-access";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit pattern ${(await params).slug}` };
}

// Edits change every page that shows the pattern at once (no review step): reviewers and above.
export default async function EditPatternPage({ params }: Props) {
  const { slug } = await params;
  await requireAuthorPage(`/patterns/${slug}/edit`, "reviewer");
  const [current, revisions] = await Promise.all([getPatternForEditing(slug), listPatternRevisions(slug)]);
  if (!current) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { label: "Patterns", href: "/patterns" },
          { label: current.pattern.name, href: `/patterns/${slug}` },
          { label: "Edit" },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight">Edit {current.pattern.name}</h1>
      <CatalogFormView kind="pattern" initial={{ version: current.version, data: { ...current.pattern } }} />
      <RevisionHistory revisions={revisions ?? []} />
    </div>
  );
}
