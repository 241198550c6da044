/**
 * Field paths as the schema and the API report them (`timeline[3].at`) and
 * the ids of the inputs that edit them, so an error lands next to its input.
 */

import { postmortemSections } from "@/lib/content/formats";

/** The id of the input for a field path: `timeline[3].at` is `pm-timeline-3-at`. */
export function fieldId(path: string): string {
  return `pm-${path.replace(/\[(\d+)\]/g, "-$1").replace(/\./g, "-")}`;
}

/** Errors about a whole item or a token list point at the input that edits it. */
const itemInputs: Record<string, string> = {
  patterns: "slug",
  limits: "limit",
  timeline: "at",
  factors: "text",
  actionItems: "title",
  signatures: "text",
  diagrams: "source",
  references: "title",
  sources: "url",
};
const tokenLists = new Set(["authors", "tags", "environment.components"]);

/** The path whose input shows an error reported for `path`. */
export function inputPathFor(path: string): string {
  const token = /^(authors|tags|environment\.components)\[\d+\]$/.exec(path);
  if (token) return token[1]!;
  if (tokenLists.has(path)) return path;
  const item = /^(\w+)\[(\d+)\]$/.exec(path);
  if (item && itemInputs[item[1]!]) return `${path}.${itemInputs[item[1]!]}`;
  return path;
}

/** The id an error for `path` is shown at (and the error summary links to). */
export function inputIdFor(path: string): string {
  return fieldId(inputPathFor(path));
}

const topLabels: Record<string, string> = {
  slug: "Slug",
  title: "Title",
  summary: "Summary",
  status: "Status",
  severity: "Severity",
  origin: "Whose incident",
  organization: "Organization",
  occurredOn: "Date",
  startedAt: "Started",
  detectedAt: "Detected",
  mitigatedAt: "Mitigated",
  resolvedAt: "Resolved",
  timeZone: "Time zone",
  "environment.cloudProvider": "Cloud provider",
  "environment.region": "Region",
  "environment.platform": "Platform",
  "environment.components": "Components",
  authors: "Authors",
  tags: "Tags",
  // The prose fields are named as the content files' section headings.
  ...postmortemSections,
};

const listLabels: Record<string, [item: string, fields: Record<string, string>]> = {
  patterns: ["Pattern", { slug: "pattern", note: "note" }],
  timeline: [
    "Timeline event",
    { at: "time", label: "label", kind: "kind", actor: "actor", description: "description" },
  ],
  factors: ["Contributing factor", { kind: "kind", text: "text" }],
  actionItems: [
    "Action item",
    {
      title: "title",
      owner: "owner",
      status: "status",
      priority: "priority",
      dueDate: "due date",
      link: "tracker link",
    },
  ],
  limits: ["Limit", { limit: "limit", observed: "observed value", raisedTo: "raised to", note: "note" }],
  signatures: ["Error signature", { text: "text", source: "where seen", note: "note" }],
  diagrams: ["Diagram", { kind: "kind", caption: "caption", source: "source" }],
  references: ["Reference", { title: "title", url: "URL", publishedOn: "published on", note: "note" }],
  sources: ["Source", { title: "title", url: "URL" }],
};

/** A person's name for a field path: `timeline[3].at` is "Timeline event 4: time". */
export function fieldLabel(path: string): string {
  const token = /^(authors|tags|environment\.components)\[(\d+)\]$/.exec(path);
  if (token) return `${topLabels[token[1]!]} (entry ${Number(token[2]) + 1})`;
  const item = /^(\w+)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (item && listLabels[item[1]!]) {
    const [name, fields] = listLabels[item[1]!]!;
    const field = item[3] ? `: ${fields[item[3]] ?? item[3]}` : "";
    return `${name} ${Number(item[2]) + 1}${field}`;
  }
  if (listLabels[path]) return `${listLabels[path]![0]}s`;
  return topLabels[path] ?? (path === "(root)" ? "The postmortem" : path);
}

/** The schema's terse messages, reworded for the person at the form. */
export function humanMessage(path: string, message: string): string {
  const field = path
    .split(".")
    .at(-1)
    ?.replace(/\[\d+\]$/, "");
  if (message === "required") {
    if (field === "severity") return "Choose a severity.";
    return "This cannot be empty.";
  }
  if (message.startsWith("must be one of") && field === "severity") return "Choose a severity.";
  if (message.startsWith("must be one of"))
    return `Choose one of the options (${message.replace("must be one of: ", "")}).`;
  if (message.startsWith("not a date: use YYYY-MM-DD")) return "Not a date: use the date picker or YYYY-MM-DD.";
  if (message.startsWith("not a date")) return "Not a complete date and time: fill in the date, hours and minutes.";
  if (message.startsWith("needs `at`"))
    return "Give the time, or a label such as “~10:15” or “day 2” when the exact time is not known.";
  if (message === "is before startedAt")
    return "This is before the incident started; check the date and the time zone.";
  if (message === "not an http(s) URL") return "Not a web address: it should start with https:// or http://.";
  const duplicate = /^duplicate (\w+) "(.*)" \(also at \[(\d+)\]\)$/.exec(message);
  if (duplicate) return `“${duplicate[2]}” is already listed (entry ${Number(duplicate[3]) + 1}); remove one of them.`;
  if (message.startsWith("must be lowercase letters"))
    return "Use lowercase letters, digits and single hyphens, e.g. slb-quota-release-outage.";
  if (message.startsWith("not a known IANA time zone")) return "Not a known time zone: pick one from the list.";
  const max = /^at most ([\d,]+) characters$/.exec(message);
  if (max) return `Too long: at most ${max[1]} characters.`;
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? "" : ".");
}
