import type {
  actionItemPriorities,
  actionItemStatuses,
  diagramKinds,
  factorKinds,
  postmortemOrigins,
  postmortemStatuses,
  severities,
  timelineEventKinds,
} from "@/lib/validations/postmortem";

export type Severity = (typeof severities)[number];
export type PostmortemStatus = (typeof postmortemStatuses)[number];
export type EventKind = (typeof timelineEventKinds)[number];
export type FactorKind = (typeof factorKinds)[number];
export type ActionItemStatus = (typeof actionItemStatuses)[number];
export type ActionItemPriority = (typeof actionItemPriorities)[number];
export type DiagramKind = (typeof diagramKinds)[number];
export type PostmortemOrigin = (typeof postmortemOrigins)[number];

/** Every list item carries a key of its own so React keeps focus and state through reordering. */
interface Keyed {
  key: string;
}

export interface TimelineEventForm extends Keyed {
  /** datetime-local value in the postmortem's time zone, "" for none */
  at: string;
  label: string;
  approximate: boolean;
  kind: EventKind;
  actor: string;
  description: string;
}
export interface FactorForm extends Keyed {
  kind: FactorKind;
  text: string;
}
export interface ActionItemForm extends Keyed {
  title: string;
  owner: string;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  dueDate: string;
  link: string;
}
export interface LimitLinkForm extends Keyed {
  limit: string;
  observed: string;
  raisedTo: string;
  note: string;
}
export interface SignatureForm extends Keyed {
  text: string;
  source: string;
  note: string;
}
export interface DiagramForm extends Keyed {
  kind: DiagramKind;
  caption: string;
  source: string;
}
export interface ReferenceForm extends Keyed {
  title: string;
  url: string;
  publishedOn: string;
  note: string;
}
export interface SourceForm extends Keyed {
  title: string;
  url: string;
}
export interface PatternLinkForm extends Keyed {
  slug: string;
  note: string;
}

export const timeFields = ["startedAt", "detectedAt", "mitigatedAt", "resolvedAt"] as const;
export type TimeField = (typeof timeFields)[number];

export const proseFields = [
  "impact",
  "trigger",
  "rootCause",
  "detection",
  "resolution",
  "wentWell",
  "wentWrong",
  "gotLucky",
] as const;
export type ProseField = (typeof proseFields)[number];

/** What the editor holds: strings as the inputs give them, times as wall-clock values in `timeZone`. */
export interface EditorForm extends Record<TimeField, string>, Record<ProseField, string> {
  slug: string;
  title: string;
  summary: string;
  status: PostmortemStatus;
  severity: Severity | "";
  origin: PostmortemOrigin;
  organization: string;
  /** "2019", "2019-01" or "2019-01-15" when only that much of the start is known */
  occurredOn: string;
  sources: SourceForm[];
  timeZone: string;
  environment: { cloudProvider: string; region: string; platform: string; components: string[] };
  authors: string[];
  tags: string[];
  patterns: PatternLinkForm[];
  timeline: TimelineEventForm[];
  factors: FactorForm[];
  actionItems: ActionItemForm[];
  limits: LimitLinkForm[];
  signatures: SignatureForm[];
  diagrams: DiagramForm[];
  references: ReferenceForm[];
}

export const listFields = [
  "patterns",
  "timeline",
  "factors",
  "actionItems",
  "limits",
  "signatures",
  "diagrams",
  "references",
  "sources",
] as const;
export type ListField = (typeof listFields)[number];

// Keys only need to be unique on the page; the prefix keeps them apart from keys in a restored draft.
const keyPrefix = Math.random().toString(36).slice(2, 7);
let counter = 0;
export function newKey(): string {
  counter += 1;
  return `${keyPrefix}${counter}`;
}

export const blankItem = {
  patterns: (): PatternLinkForm => ({ key: newKey(), slug: "", note: "" }),
  timeline: (): TimelineEventForm => ({
    key: newKey(),
    at: "",
    label: "",
    approximate: false,
    kind: "action",
    actor: "",
    description: "",
  }),
  factors: (): FactorForm => ({ key: newKey(), kind: "technical", text: "" }),
  actionItems: (): ActionItemForm => ({
    key: newKey(),
    title: "",
    owner: "",
    status: "open",
    priority: "medium",
    dueDate: "",
    link: "",
  }),
  limits: (): LimitLinkForm => ({ key: newKey(), limit: "", observed: "", raisedTo: "", note: "" }),
  signatures: (): SignatureForm => ({ key: newKey(), text: "", source: "", note: "" }),
  diagrams: (): DiagramForm => ({
    key: newKey(),
    kind: "architecture",
    caption: "",
    source: 'flowchart LR\n  a["Client"] --> b["Service"]',
  }),
  references: (): ReferenceForm => ({ key: newKey(), title: "", url: "", publishedOn: "", note: "" }),
  sources: (): SourceForm => ({ key: newKey(), title: "", url: "" }),
} satisfies { [K in ListField]: () => EditorForm[K][number] };

/** Sets one field of the form, with a value or an updater of the previous value. */
export type FormSetter = <K extends keyof EditorForm>(
  key: K,
  value: EditorForm[K] | ((previous: EditorForm[K]) => EditorForm[K]),
) => void;
