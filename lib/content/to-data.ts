import type { Prisma } from "@/lib/generated/prisma/client";
import type { LimitData } from "@/lib/validations/limit";
import type { FailurePatternData } from "@/lib/validations/pattern";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { formatIsoInZone } from "./time-format";

/** What to load of a postmortem to rebuild its full input shape. */
export const postmortemFull = {
  timeline: { orderBy: { position: "asc" } },
  factors: { orderBy: { position: "asc" } },
  actionItems: { orderBy: { position: "asc" } },
  limits: { orderBy: { position: "asc" } },
  signatures: { orderBy: { position: "asc" } },
  diagrams: { orderBy: { position: "asc" } },
  references: { orderBy: { position: "asc" } },
  patterns: { orderBy: { position: "asc" }, include: { pattern: { select: { slug: true } } } },
  tags: { include: { tag: true } },
} satisfies Prisma.PostmortemInclude;

export type PostmortemFull = Prisma.PostmortemGetPayload<{ include: typeof postmortemFull }>;

const opt = <T>(value: T | null): T | undefined => value ?? undefined;

/** The database row back in the shape the schema validates (content files, API). */
export function postmortemToData(pm: PostmortemFull): PostmortemData {
  const iso = (d: Date | null) => (d ? formatIsoInZone(d, pm.timeZone) : undefined);
  return {
    slug: pm.slug,
    title: pm.title,
    summary: pm.summary,
    status: pm.status,
    severity: pm.severity,
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

export type PatternWithRelations = Prisma.FailurePatternGetPayload<{
  include: { relatedTo: { include: { to: { select: { slug: true } } } } };
}>;

export function patternToData(p: PatternWithRelations): FailurePatternData {
  return {
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    related: p.relatedTo.map((r) => r.to.slug).sort(),
    mechanism: p.mechanism,
    detectionSignals: p.detectionSignals,
    mitigations: p.mitigations,
    prevention: p.prevention,
  };
}

export function limitToData(l: Prisma.LimitGetPayload<object>): LimitData {
  return {
    id: l.id,
    provider: l.provider,
    resource: l.resource,
    name: l.name,
    defaultValue: opt(l.defaultValue),
    unit: opt(l.unit),
    adjustable: opt(l.adjustable),
    docUrl: opt(l.docUrl),
    description: l.description,
  };
}
