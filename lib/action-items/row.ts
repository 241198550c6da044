import type { ActionItemData, PostmortemData } from "@/lib/validations/postmortem";

/** One action item as /action-items and GET /api/action-items show it (JSON-ready: dates as YYYY-MM-DD). */
export interface ActionItemRow {
  /** its place in the postmortem's list (0 is the first): with the slug, what PATCH names */
  position: number;
  title: string;
  owner: string | null;
  status: ActionItemData["status"];
  priority: ActionItemData["priority"];
  dueDate: string | null;
  link: string | null;
  overdue: boolean;
  postmortem: { slug: string; title: string; status: PostmortemData["status"]; version: number };
}

/** GET /api/action-items */
export interface ActionItemsResponse {
  items: ActionItemRow[];
}

/** Where a row's postmortem opens: its reading page, which shows published postmortems only; else the editor. */
export function postmortemHref(postmortem: Pick<ActionItemRow["postmortem"], "slug" | "status">): string {
  return `/postmortems/${postmortem.slug}${postmortem.status === "published" ? "" : "/edit"}`;
}
