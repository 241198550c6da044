// PATCH /api/postmortems/<slug>/action-items/<position> - set one action item's status (author+), a new revision
import { forbidden, notFound } from "@/lib/api/errors";
import { parseJson, parseParams } from "@/lib/api/parse";
import { json, route } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/auth/roles";
import { findPostmortemRef } from "@/lib/postmortems/queries";
import { changeActionItemStatus } from "@/lib/use-cases/change-action-item-status";
import { actionItemParamsSchema, actionItemStatusBodySchema } from "@/lib/validations/action-items";

export const dynamic = "force-dynamic";

export const PATCH = route<{ slug: string; position: string }>(async (request, params) => {
  const { slug, position } = parseParams(params, actionItemParamsSchema);
  const user = await requireUser(request);
  if (!canEdit(user.role)) {
    // A viewer learns nothing of a postmortem they may not read: that is a 404, not a 403.
    if (!(await findPostmortemRef(slug, user))) throw notFound(`There is no postmortem "${slug}".`);
    throw forbidden(`Your role (${user.role}) may not change action items; ask an admin for the author role.`);
  }
  const body = await parseJson(request, actionItemStatusBodySchema);
  return json(await changeActionItemStatus(slug, position, body, user));
});
