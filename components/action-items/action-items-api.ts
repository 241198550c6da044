import { request, type Jsonified } from "@/lib/api/client";
import type { ActionItemsResponse } from "@/lib/action-items/row";
import type { changeActionItemStatus } from "@/lib/use-cases/change-action-item-status";
import type { ActionItemData } from "@/lib/validations/postmortem";

type StatusAnswer = Jsonified<Awaited<ReturnType<typeof changeActionItemStatus>>>;

/** The action-items API (docs/authoring-api.md); failures are ApiErrors. */
export const actionItemsApi = {
  overdue: (signal?: AbortSignal) => request<ActionItemsResponse>("/api/action-items?overdue=true", { signal }),
  setStatus: (slug: string, position: number, status: ActionItemData["status"], version: number) =>
    request<StatusAnswer>(`/api/postmortems/${encodeURIComponent(slug)}/action-items/${position}`, {
      method: "PATCH",
      body: { status, version },
    }),
};
