import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CatalogFormView } from "@/components/catalog/catalog-form";
import { RevisionHistory } from "@/components/catalog/revision-history";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getLimitForEditing, listLimitRevisions } from "@/lib/limits/editing";

import { requireAuthorPage } from "../../../author-access";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit limit ${(await params).id}` };
}

// Edits change every page that shows the limit at once (no review step): reviewers and above.
export default async function EditLimitPage({ params }: Props) {
  const { id } = await params;
  await requireAuthorPage(`/limits/${id}/edit`, "reviewer");
  const [current, revisions] = await Promise.all([getLimitForEditing(id), listLimitRevisions(id)]);
  if (!current) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { label: "Limits", href: "/limits" },
          { label: current.limit.name, href: `/limits/${id}` },
          { label: "Edit" },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight">Edit {current.limit.name}</h1>
      <CatalogFormView kind="limit" initial={{ version: current.version, data: { ...current.limit } }} />
      <RevisionHistory revisions={revisions ?? []} />
    </div>
  );
}
