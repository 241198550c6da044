import { commonPrompts, identity, type PostmortemTemplate } from "./template";

export const quotaTemplate: PostmortemTemplate = {
  id: "quota",
  name: "Quota or limit hit",
  description: "A cloud quota, rate limit or hard limit ran out.",
  start: {
    ...identity,
    ...commonPrompts,
    trigger: "_What pushed usage over the limit: growth, a batch job, a new client, a retry storm?_",
    rootCause:
      "_What was the limit? Who knew about it before the incident? How was it raised, and how long did that take?_",
    detection: "_Did anything watch usage against the limit? How was it noticed: an error code, an alert, a customer?_",
    limits: [{ limit: "", note: "What was the limit, who knew, how was it raised?" }],
    factors: [
      { kind: "capacity", text: "_Which usage grew past the limit, and how fast?_" },
      { kind: "monitoring", text: "_Was usage against the limit watched? Why was the limit not in view?_" },
      { kind: "process", text: "_Who owns the quota, and how is a raise requested?_" },
    ],
    timeline: [
      { kind: "trigger", description: "_Usage reaches the limit: what was the first request refused?_" },
      { kind: "detection", description: "_The first alert or report._" },
      { kind: "mitigation", description: "_The limit is raised or the load shed._" },
      { kind: "resolution", description: "_Service is back to normal._" },
    ],
  },
};
