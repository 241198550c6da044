import { z } from "zod";

import { markdownText, requiredText, slugSchema } from "./common";

/** A recurring failure mechanism that links incidents. */
export const failurePatternSchema = z.strictObject({
  slug: slugSchema,
  name: requiredText(200),
  summary: requiredText(2_000),
  related: z.array(slugSchema).default([]),
  mechanism: markdownText,
  detectionSignals: markdownText,
  mitigations: markdownText,
  prevention: markdownText,
});

export type FailurePatternInput = z.input<typeof failurePatternSchema>;
export type FailurePatternData = z.output<typeof failurePatternSchema>;
