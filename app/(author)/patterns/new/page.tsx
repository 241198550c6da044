import type { Metadata } from "next";

import { CatalogFormView } from "@/components/catalog/catalog-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

import { requireAuthorPage } from "../../author-access";

export const metadata: Metadata = { title: "New failure pattern" };

export default async function NewPatternPage() {
  await requireAuthorPage("/patterns/new");
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs items={[{ label: "Patterns", href: "/patterns" }, { label: "New pattern" }]} />
      <h1 className="text-2xl font-semibold tracking-tight">New failure pattern</h1>
      <CatalogFormView kind="pattern" initial={null} />
    </div>
  );
}
