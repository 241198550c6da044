import { z } from "zod";

import { markdownText, optionalText, requiredText, slugSchema, urlSchema } from "./common";

/** A quota or hard limit of a provider or of the platform, shared by postmortems. */
export const limitSchema = z.strictObject({
  id: slugSchema,
  provider: requiredText(80),
  resource: requiredText(200),
  name: requiredText(300),
  defaultValue: optionalText(200),
  unit: optionalText(80),
  adjustable: z.boolean({ error: "must be true or false" }).optional(),
  docUrl: urlSchema.optional(),
  description: markdownText,
});

export type LimitInput = z.input<typeof limitSchema>;
export type LimitData = z.output<typeof limitSchema>;
