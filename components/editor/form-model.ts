import type {
  actionItemStatuses,
  diagramKinds,
  factorKinds,
  PostmortemData,
  PostmortemInput,
  postmortemStatuses,
  severities,
  timelineEventKinds,
} from "@/lib/validations/postmortem";

import { isoToLocal, localToIso } from "./zoned-time";

export type Severity = (typeof severities)[number];
export type PostmortemStatus = (typeof postmortemStatuses)[number];
export type EventKind = (typeof timelineEventKinds)[number];
export type FactorKind = (typeof factorKinds)[number];
export type ActionItemStatus = (typeof actionItemStatuses)[number];
export type DiagramKind = (typeof diagramKinds)[number];

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

export type ListField =
  "patterns" | "timeline" | "factors" | "actionItems" | "limits" | "signatures" | "diagrams" | "references";

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
  actionItems: (): ActionItemForm => ({ key: newKey(), title: "", owner: "", status: "open", dueDate: "", link: "" }),
  limits: (): LimitLinkForm => ({ key: newKey(), limit: "", observed: "", raisedTo: "", note: "" }),
  signatures: (): SignatureForm => ({ key: newKey(), text: "", source: "", note: "" }),
  diagrams: (): DiagramForm => ({
    key: newKey(),
    kind: "architecture",
    caption: "",
    source: 'flowchart LR\n  a["Client"] --> b["Service"]',
  }),
  references: (): ReferenceForm => ({ key: newKey(), title: "", url: "", publishedOn: "", note: "" }),
} satisfies { [K in ListField]: () => EditorForm[K][number] };

export function emptyForm(timeZone = "UTC"): EditorForm {
  return toForm({ slug: "", title: "", summary: "", severity: undefined as unknown as Severity, timeZone });
}

const text = (value: string | undefined | null) => value ?? "";

/** A postmortem (from the API, a revision or a local draft) as form state. */
export function toForm(pm: PostmortemInput | PostmortemData): EditorForm {
  const zone = pm.timeZone ?? "UTC";
  const env = pm.environment ?? {};
  return {
    slug: text(pm.slug),
    title: text(pm.title),
    summary: text(pm.summary),
    status: pm.status ?? "draft",
    severity: pm.severity ?? "",
    timeZone: zone,
    startedAt: isoToLocal(pm.startedAt, zone),
    detectedAt: isoToLocal(pm.detectedAt, zone),
    mitigatedAt: isoToLocal(pm.mitigatedAt, zone),
    resolvedAt: isoToLocal(pm.resolvedAt, zone),
    environment: {
      cloudProvider: text(env.cloudProvider),
      region: text(env.region),
      platform: text(env.platform),
      components: [...(env.components ?? [])],
    },
    authors: [...(pm.authors ?? [])],
    tags: [...(pm.tags ?? [])],
    patterns: (pm.patterns ?? []).map((p) =>
      typeof p === "string"
        ? { key: newKey(), slug: p, note: "" }
        : { key: newKey(), slug: p.slug, note: text(p.note) },
    ),
    timeline: (pm.timeline ?? []).map((e) => ({
      key: newKey(),
      at: isoToLocal(e.at, zone),
      label: text(e.label),
      approximate: e.approximate ?? false,
      kind: e.kind,
      actor: text(e.actor),
      description: text(e.description),
    })),
    factors: (pm.factors ?? []).map((f) => ({ key: newKey(), kind: f.kind, text: text(f.text) })),
    actionItems: (pm.actionItems ?? []).map((a) => ({
      key: newKey(),
      title: text(a.title),
      owner: text(a.owner),
      status: a.status ?? "open",
      dueDate: text(a.dueDate),
      link: text(a.link),
    })),
    limits: (pm.limits ?? []).map((l) => ({
      key: newKey(),
      limit: l.limit,
      observed: text(l.observed),
      raisedTo: text(l.raisedTo),
      note: text(l.note),
    })),
    signatures: (pm.signatures ?? []).map((s) => ({
      key: newKey(),
      text: text(s.text),
      source: text(s.source),
      note: text(s.note),
    })),
    diagrams: (pm.diagrams ?? []).map((d) => ({
      key: newKey(),
      kind: d.kind,
      caption: text(d.caption),
      source: text(d.source),
    })),
    references: (pm.references ?? []).map((r) => ({
      key: newKey(),
      title: text(r.title),
      url: text(r.url),
      publishedOn: text(r.publishedOn),
      note: text(r.note),
    })),
    impact: text(pm.impact),
    trigger: text(pm.trigger),
    rootCause: text(pm.rootCause),
    detection: text(pm.detection),
    resolution: text(pm.resolution),
    wentWell: text(pm.wentWell),
    wentWrong: text(pm.wentWrong),
    gotLucky: text(pm.gotLucky),
  };
}

/** Optional text: an empty input means "not given". */
const opt = (value: string): string | undefined => (value.trim() ? value : undefined);

/** Form state as the body the API and postmortemSchema take. Nothing typed is dropped, only empty optional fields. */
export function fromForm(form: EditorForm): PostmortemInput {
  const zone = form.timeZone;
  const time = (local: string) => (local.trim() ? (localToIso(local, zone) ?? local) : undefined);
  return {
    slug: form.slug,
    title: form.title,
    summary: form.summary,
    status: form.status,
    severity: (form.severity || undefined) as Severity,
    startedAt: time(form.startedAt),
    detectedAt: time(form.detectedAt),
    mitigatedAt: time(form.mitigatedAt),
    resolvedAt: time(form.resolvedAt),
    timeZone: zone,
    environment: {
      cloudProvider: opt(form.environment.cloudProvider),
      region: opt(form.environment.region),
      platform: opt(form.environment.platform),
      components: form.environment.components,
    },
    authors: form.authors,
    tags: form.tags,
    patterns: form.patterns.map((p) => ({ slug: p.slug, note: opt(p.note) })),
    timeline: form.timeline.map((e) => ({
      at: time(e.at),
      label: opt(e.label),
      approximate: e.approximate,
      kind: e.kind,
      actor: opt(e.actor),
      description: e.description,
    })),
    factors: form.factors.map((f) => ({ kind: f.kind, text: f.text })),
    actionItems: form.actionItems.map((a) => ({
      title: a.title,
      owner: opt(a.owner),
      status: a.status,
      dueDate: opt(a.dueDate),
      link: opt(a.link),
    })),
    limits: form.limits.map((l) => ({
      limit: l.limit,
      observed: opt(l.observed),
      raisedTo: opt(l.raisedTo),
      note: opt(l.note),
    })),
    signatures: form.signatures.map((s) => ({ text: s.text, source: s.source, note: opt(s.note) })),
    diagrams: form.diagrams.map((d) => ({ kind: d.kind, caption: d.caption, source: d.source })),
    references: form.references.map((r) => ({
      title: r.title,
      url: opt(r.url),
      publishedOn: opt(r.publishedOn),
      note: opt(r.note),
    })),
    impact: form.impact,
    trigger: form.trigger,
    rootCause: form.rootCause,
    detection: form.detection,
    resolution: form.resolution,
    wentWell: form.wentWell,
    wentWrong: form.wentWrong,
    gotLucky: form.gotLucky,
  };
}

/** A stable text of the content of a form, for "has anything changed?" (keys and undefined fields do not count). */
export function formFingerprint(form: EditorForm): string {
  return JSON.stringify({ ...fromForm(form), status: undefined });
}

/** Sets one field of the form, with a value or an updater of the previous value. */
export type FormSetter = <K extends keyof EditorForm>(
  key: K,
  value: EditorForm[K] | ((previous: EditorForm[K]) => EditorForm[K]),
) => void;
