import type { DatePrecision, Prisma } from "@/lib/generated/prisma/client";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { formatIsoInZone } from "@/lib/content/time-format";
import type { PostmortemRecord } from "./include";

/** A stored DATE and its precision back to "2019", "2019-01" or "2019-01-15". */
export function formatPartialDate(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}

/** "2019" -> 2019-01-01 with precision year, and so on: the columns of a partial date. */
export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } {
  const precision: DatePrecision = value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
  const full = precision === "year" ? `${value}-01-01` : precision === "month" ? `${value}-01` : value;
  return { date: new Date(`${full}T00:00:00Z`), precision };
}

const opt = <T>(value: T | null): T | undefined => value ?? undefined;

/** The database row back in the shape the schema validates (content files, API). */
export function postmortemToData(pm: PostmortemRecord): PostmortemData {
  const iso = (d: Date | null) => (d ? formatIsoInZone(d, pm.timeZone) : undefined);
  return {
    slug: pm.slug,
    title: pm.title,
    summary: pm.summary,
    status: pm.status,
    severity: opt(pm.severity),
    origin: pm.origin,
    organization: opt(pm.organization),
    occurredOn:
      pm.occurredOn && pm.occurredPrecision ? formatPartialDate(pm.occurredOn, pm.occurredPrecision) : undefined,
    sources: pm.sources.map((s) => ({ title: s.title, url: s.url })),
    startedAt: iso(pm.startedAt),
    detectedAt: iso(pm.detectedAt),
    mitigatedAt: iso(pm.mitigatedAt),
    resolvedAt: iso(pm.resolvedAt),
    timeZone: pm.timeZone,
    environment: {
      cloudProvider: opt(pm.cloudProvider),
      region: opt(pm.region),
      platform: opt(pm.platform),
      components: pm.components,
    },
    authors: pm.authors,
    tags: pm.tags.map((t) => t.tag.name).sort(),
    patterns: pm.patterns.map((p) => ({ slug: p.pattern.slug, note: opt(p.note) })),
    timeline: pm.timeline.map((e) => ({
      at: iso(e.at),
      label: opt(e.label),
      approximate: e.approximate,
      kind: e.kind,
      actor: opt(e.actor),
      description: e.description,
    })),
    factors: pm.factors.map((f) => ({ kind: f.kind, text: f.text })),
    actionItems: pm.actionItems.map((a) => ({
      title: a.title,
      owner: opt(a.owner),
      status: a.status,
      priority: a.priority,
      dueDate: a.dueDate ? a.dueDate.toISOString().slice(0, 10) : undefined,
      link: opt(a.link),
    })),
    limits: pm.limits.map((l) => ({
      limit: l.limitId,
      observed: opt(l.observedValue),
      raisedTo: opt(l.raisedTo),
      note: opt(l.note),
    })),
    signatures: pm.signatures.map((s) => ({ text: s.text, source: s.source, note: opt(s.note) })),
    diagrams: pm.diagrams.map((d) => ({ kind: d.kind, caption: d.caption, source: d.source })),
    references: pm.references.map((r) => ({
      title: r.title,
      url: opt(r.url),
      publishedOn: opt(r.publishedOn),
      note: opt(r.note),
    })),
    impact: pm.impact,
    trigger: pm.trigger,
    rootCause: pm.rootCause,
    detection: pm.detection,
    resolution: pm.resolution,
    wentWell: pm.wentWell,
    wentWrong: pm.wentWrong,
    gotLucky: pm.gotLucky,
  };
}

/** JSON for a jsonb column: undefined fields dropped, as they would be on the way out. */
export function toJson(data: PostmortemData): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue;
}
