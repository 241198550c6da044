import type { ActionItemData } from "@/lib/validations/postmortem";

export const actionItemStatusLabel: Record<ActionItemData["status"], string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  wont_do: "Won't do",
};

export const actionItemPriorityLabel: Record<ActionItemData["priority"], string> = {
  urgent: "Urgent",
  high: "High",
  medium: "Medium",
  low: "Low",
};

const trackers: Array<[name: string, matches: (host: string) => boolean]> = [
  ["Jira", (host) => host.endsWith(".atlassian.net") || host.split(".").includes("jira")],
  ["GitHub", (host) => host === "github.com" || host.endsWith(".github.com")],
  ["Linear", (host) => host === "linear.app" || host.endsWith(".linear.app")],
  ["GitLab", (host) => host === "gitlab.com" || host.split(".").includes("gitlab")],
];

/** What a tracker link is called on a page: "Jira", "GitHub", "Linear", "GitLab", or its host. */
export function trackerName(link: string): string {
  let host: string;
  try {
    host = new URL(link).hostname.toLowerCase();
  } catch {
    return "Link";
  }
  return trackers.find(([, matches]) => matches(host))?.[0] ?? host.replace(/^www\./, "");
}
