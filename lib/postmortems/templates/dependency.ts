import { commonPrompts, identity, type PostmortemTemplate } from "./template";

export const dependencyTemplate: PostmortemTemplate = {
  id: "dependency",
  name: "Dependency outage",
  description: "A provider, a third-party API or another team's service failed.",
  start: {
    ...identity,
    ...commonPrompts,
    trigger: "_Which dependency failed (service, provider, region)? Link its status page or incident report._",
    rootCause:
      "_What failed on their side, as far as known? Why did it become our outage: was there a fallback, a timeout, a cache, and did it work?_",
    detection:
      "_Did our alerts fire before their status page changed? How was the dependency identified as the cause?_",
    factors: [
      { kind: "external", text: "_The dependency's failure, as their status page or report describes it._" },
      { kind: "technical", text: "_The fallback, timeout or retry that did not protect us (or did)._" },
    ],
    timeline: [
      { kind: "detection", description: "_Our first alert or report._" },
      { kind: "diagnosis", description: "_The dependency is identified; its status page changes._" },
      { kind: "mitigation", description: "_Fallback, failover or shedding on our side._" },
      { kind: "resolution", description: "_The dependency recovers and we are back to normal._" },
    ],
  },
};
