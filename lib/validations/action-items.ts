import { z } from "zod";

import { slugSchema } from "./common";
import { actionItemStatuses, MAX_ITEMS } from "./postmortem";
import { version } from "./authoring";

/** Names of the filters of /action-items and GET /api/action-items, in the order the form shows them. */
export const actionItemFilterNames = ["owner", "status", "pattern", "overdue"] as const;

/**
 * The filters of /action-items (a GET form) and of GET /api/action-items: both read the
 * query string, so an empty field ("Any") is the same as one left out.
 */
export const actionItemFiltersSchema = z.object({
  owner: z
    .string()
    .trim()
    .max(200, { error: "at most 200 characters" })
    .optional()
    .transform((value) => value || undefined),
  status: z
    .union([z.literal(""), z.enum(actionItemStatuses)], {
      error: `must be one of: ${actionItemStatuses.join(", ")}`,
    })
    .optional()
    .transform((value) => value || undefined),
  pattern: z
    .union([z.literal(""), slugSchema], { error: "must be a failure pattern's slug" })
    .optional()
    .transform((value) => value || undefined),
  overdue: z
    .enum(["", "true", "false"], { error: "must be true or false" })
    .optional()
    .transform((value) => value === "true"),
});

export type ActionItemFilters = z.output<typeof actionItemFiltersSchema>;

/** PATCH /api/postmortems/<slug>/action-items/<position>: the new status, based on the postmortem's version. */
export const actionItemStatusBodySchema = z.strictObject({
  status: z.enum(actionItemStatuses, { error: `must be one of: ${actionItemStatuses.join(", ")}` }),
  version,
});

/** An action item is named by its postmortem and its position in the list (0 is the first). */
export const actionItemParamsSchema = z.object({
  slug: slugSchema,
  position: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_ITEMS.actionItems - 1),
});

export const noActionItemFilters: ActionItemFilters = {
  owner: undefined,
  status: undefined,
  pattern: undefined,
  overdue: false,
};
