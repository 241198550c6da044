import { identity, type PostmortemTemplate } from "./template";

export const blankTemplate: PostmortemTemplate = {
  id: "blank",
  name: "Blank",
  description: "An empty form, for an incident like no other.",
  start: { ...identity },
};
