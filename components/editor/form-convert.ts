import type { PostmortemData, PostmortemInput } from "@/lib/validations/postmortem";

import { newKey, type EditorForm, type Severity } from "./form-model";
import { isoToLocal, localToIso } from "./zoned-time";

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
    origin: pm.origin ?? "own",
    organization: text(pm.organization),
    occurredOn: text(pm.occurredOn),
    sources: (pm.sources ?? []).map((source) => ({ key: newKey(), title: text(source.title), url: text(source.url) })),
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
      priority: a.priority ?? "medium",
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
    origin: form.origin,
    organization: opt(form.organization),
    occurredOn: opt(form.occurredOn),
    sources: form.sources.map((source) => ({ title: source.title, url: source.url })),
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
      priority: a.priority,
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
