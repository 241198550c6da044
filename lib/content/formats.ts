import type { z } from "zod";

import { limitSchema, type LimitData } from "@/lib/validations/limit";
import { failurePatternSchema, type FailurePatternData } from "@/lib/validations/pattern";
import { postmortemSchema, type PostmortemData } from "@/lib/validations/postmortem";

/**
 * How each kind of content file is laid out: which fields live in `## Heading`
 * sections of the markdown body (everything else is front matter).
 */
export const postmortemSections = {
  impact: "Impact",
  trigger: "Trigger",
  rootCause: "Root cause",
  detection: "Detection",
  resolution: "Resolution",
  wentWell: "What went well",
  wentWrong: "What went wrong",
  gotLucky: "Where we got lucky",
} as const;

export const patternSections = {
  mechanism: "Mechanism",
  detectionSignals: "How to recognise it",
  mitigations: "Mitigations",
  prevention: "Prevention",
} as const;

export const limitSections = { description: "Description" } as const;

export interface ContentKind<T> {
  folder: string;
  schema: z.ZodType<T>;
  sections: Record<string, string>;
  key: (item: T) => string;
}

export const postmortemKind: ContentKind<PostmortemData> = {
  folder: "postmortems",
  schema: postmortemSchema,
  sections: postmortemSections,
  key: (pm) => pm.slug,
};

export const patternKind: ContentKind<FailurePatternData> = {
  folder: "patterns",
  schema: failurePatternSchema,
  sections: patternSections,
  key: (p) => p.slug,
};

export const limitKind: ContentKind<LimitData> = {
  folder: "limits",
  schema: limitSchema,
  sections: limitSections,
  key: (l) => l.id,
};
