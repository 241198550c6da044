// GET /api/action-items?owner=&status=&pattern=&overdue=true - the action items of the postmortems the caller may see
import { parseQuery } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { listActionItems } from "@/lib/action-items/queries";
import type { ActionItemsResponse } from "@/lib/action-items/row";
import { requireReader } from "@/lib/auth/require-role";
import { actionItemFiltersSchema } from "@/lib/validations/action-items";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const filters = parseQuery(request, actionItemFiltersSchema);
  const reader = await requireReader(request);
  const items = await listActionItems(reader, filters);
  return json({ items } satisfies ActionItemsResponse);
});
