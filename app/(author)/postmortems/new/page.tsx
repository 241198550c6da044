import type { Metadata } from "next";

import { ImportForm } from "@/components/editor/import-form";
import { PostmortemEditor } from "@/components/editor/postmortem-editor";

import { requireAuthorPage } from "../../author-access";
import { loadEditorCatalog } from "../editor-catalog";

export const metadata: Metadata = { title: "New postmortem" };

export default async function NewPostmortemPage() {
  const user = await requireAuthorPage("/postmortems/new");
  const catalog = await loadEditorCatalog();
  return (
    <div className="space-y-6">
      <ImportForm />
      <PostmortemEditor initial={null} catalog={catalog} user={user} />
    </div>
  );
}
