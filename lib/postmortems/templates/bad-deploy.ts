import { commonPrompts, identity, type PostmortemTemplate } from "./template";

export const badDeployTemplate: PostmortemTemplate = {
  id: "deploy",
  name: "Bad deploy",
  description: "A code or configuration change broke production.",
  start: {
    ...identity,
    ...commonPrompts,
    trigger: "_Which change (commit, pull request, config version) and what did it do?_",
    rootCause:
      "_Why did the change break production, and why did review, tests and the rollout not stop it? How was it rolled out (canary, percentage, all at once)?_",
    resolution: "_Was it rolled back, rolled forward or fixed in place? How long did the rollback take?_",
    factors: [
      { kind: "technical", text: "_What in the change failed, and what made it reach production?_" },
      { kind: "process", text: "_Which step of review, testing or rollout would have caught it?_" },
    ],
    timeline: [
      { kind: "trigger", description: "_The change starts rolling out._" },
      { kind: "detection", description: "_The first alert or report._" },
      { kind: "mitigation", description: "_Rollback (or roll forward) starts._" },
      { kind: "resolution", description: "_The rollback is complete and errors are back to normal._" },
    ],
  },
};
