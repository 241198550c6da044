import type { Metadata } from "next";

import { CatalogFormView } from "@/components/catalog/catalog-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

import { requireAuthorPage } from "../../author-access";

export const metadata: Metadata = { title: "New limit" };

export default async function NewLimitPage() {
  await requireAuthorPage("/limits/new");
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs items={[{ label: "Limits", href: "/limits" }, { label: "New limit" }]} />
      <h1 className="text-2xl font-semibold tracking-tight">New limit</h1>
      <CatalogFormView kind="limit" initial={null} />
    </div>
  );
}
