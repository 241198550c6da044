import type { PostmortemInput } from "@/lib/validations/postmortem";

/**
 * A way to start a postmortem: prompts as section text and the kinds of
 * factors and events such incidents usually have. Never a fact: the slots
 * only the author can fill (title, severity, a limit, each event's time) stay
 * empty, so saving names them until they are filled.
 */
export interface PostmortemTemplate {
  id: string;
  name: string;
  description: string;
  start: PostmortemInput;
}

/** The fields every template leaves to the author. */
export const identity = { slug: "", title: "", summary: "" } as const;

/** Prose sections every template asks for, in the author's words. */
export const commonPrompts = {
  impact: "_Who was affected, how badly and for how long? Numbers: failed requests, customers, minutes._",
  detection: "_How was it noticed (alert, customer, colleague)? How could it have been noticed sooner?_",
  resolution: "_What stopped the impact, and what fixed the cause?_",
  wentWell: "_What helped?_",
  wentWrong: "_What made it worse or slower?_",
  gotLucky: "_What could have gone worse?_",
} satisfies Partial<PostmortemInput>;
