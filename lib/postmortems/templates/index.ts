import { badDeployTemplate } from "./bad-deploy";
import { blankTemplate } from "./blank";
import { dependencyTemplate } from "./dependency";
import { quotaTemplate } from "./quota";
import type { PostmortemTemplate } from "./template";

export type { PostmortemTemplate } from "./template";

/** The ways to start a postmortem, in the order the new-postmortem page offers them. */
export const postmortemTemplates: readonly PostmortemTemplate[] = [
  blankTemplate,
  quotaTemplate,
  dependencyTemplate,
  badDeployTemplate,
];

/** `?template=quota`; anything unknown (or nothing) is the blank form. */
export function findTemplate(id: unknown): PostmortemTemplate {
  const text = Array.isArray(id) ? id[0] : id;
  return postmortemTemplates.find((template) => template.id === text) ?? blankTemplate;
}
