import type { Metadata } from "next";

import { ImportForm } from "@/components/editor/import-form";
import { PostmortemEditor } from "@/components/editor/postmortem-editor";
import { TemplatePicker } from "@/components/editor/template-picker";
import { findTemplate, postmortemTemplates } from "@/lib/postmortems/templates";

import { requireAuthorPage } from "../../author-access";
import { loadEditorCatalog } from "../editor-catalog";

export const metadata: Metadata = { title: "New postmortem" };

type Props = { searchParams: Promise<{ template?: string | string[] }> };

export default async function NewPostmortemPage({ searchParams }: Props) {
  const template = findTemplate((await searchParams).template);
  const user = await requireAuthorPage(
    template.id === "blank" ? "/postmortems/new" : `/postmortems/new?template=${template.id}`,
  );
  const catalog = await loadEditorCatalog();
  return (
    <div className="space-y-6">
      <TemplatePicker templates={postmortemTemplates} chosen={template.id} />
      <ImportForm />
      {/* A new key per template: switching starts a fresh form, and the draft check runs again. */}
      <PostmortemEditor key={template.id} initial={null} start={template.start} catalog={catalog} user={user} />
    </div>
  );
}
