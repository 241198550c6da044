import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchDocuments } from "@/lib/search/refresh-search-documents";
import type { PostmortemData } from "@/lib/validations/postmortem";

import { componentKeys } from "./component-keys";
import { parsePartialDate } from "./mapping";

type Tx = Prisma.TransactionClient;

const date = (iso: string | undefined) => (iso ? new Date(iso) : null);

/**
 * Writes a validated postmortem and replaces all its parts. Call inside a
 * transaction: the caller decides what a write is atomic with.
 * Pattern and limit references must exist (validated before).
 */
export async function writePostmortem(
  tx: Tx,
  data: PostmortemData,
  options: { sourceHash?: string | null; sourcePath?: string } = {},
): Promise<{ id: string; version: number }> {
  const occurred = data.occurredOn ? parsePartialDate(data.occurredOn) : null;
  const fields = {
    title: data.title,
    summary: data.summary,
    status: data.status,
    severity: data.severity ?? null,
    origin: data.origin,
    organization: data.organization ?? null,
    occurredOn: occurred?.date ?? null,
    occurredPrecision: occurred?.precision ?? null,
    impact: data.impact,
    startedAt: date(data.startedAt),
    detectedAt: date(data.detectedAt),
    mitigatedAt: date(data.mitigatedAt),
    resolvedAt: date(data.resolvedAt),
    timeZone: data.timeZone,
    cloudProvider: data.environment.cloudProvider ?? null,
    region: data.environment.region ?? null,
    platform: data.environment.platform ?? null,
    components: data.environment.components,
    componentKeys: componentKeys(data.environment.components),
    trigger: data.trigger,
    rootCause: data.rootCause,
    detection: data.detection,
    resolution: data.resolution,
    wentWell: data.wentWell,
    wentWrong: data.wentWrong,
    gotLucky: data.gotLucky,
    authors: data.authors,
    sourceHash: options.sourceHash ?? null,
    // Only the importer names a file; every other write keeps the one recorded.
    ...(options.sourcePath !== undefined && { sourcePath: options.sourcePath }),
  };
  const pm = await tx.postmortem.upsert({
    where: { slug: data.slug },
    create: { slug: data.slug, ...fields },
    update: { ...fields, version: { increment: 1 } },
    select: { id: true, version: true },
  });
  const postmortemId = pm.id;
  // One connection per transaction: statements run one after another.
  await tx.timelineEvent.deleteMany({ where: { postmortemId } });
  await tx.contributingFactor.deleteMany({ where: { postmortemId } });
  await tx.actionItem.deleteMany({ where: { postmortemId } });
  await tx.postmortemLimit.deleteMany({ where: { postmortemId } });
  await tx.errorSignature.deleteMany({ where: { postmortemId } });
  await tx.diagram.deleteMany({ where: { postmortemId } });
  await tx.reference.deleteMany({ where: { postmortemId } });
  await tx.postmortemSource.deleteMany({ where: { postmortemId } });
  await tx.postmortemPattern.deleteMany({ where: { postmortemId } });
  await tx.postmortemTag.deleteMany({ where: { postmortemId } });

  const patternIds = await idsBySlug(
    tx,
    data.patterns.map((p) => p.slug),
  );
  const tagIds = await ensureTags(tx, data.tags);
  const at = <T>(items: T[], map: (item: T, position: number) => object) =>
    items.map((item, position) => ({ postmortemId, position, ...map(item, position) }));

  await tx.timelineEvent.createMany({
    data: at(data.timeline, (e) => ({
      at: date(e.at),
      label: e.label ?? null,
      approximate: e.approximate,
      kind: e.kind,
      actor: e.actor ?? null,
      description: e.description,
    })) as Prisma.TimelineEventCreateManyInput[],
  });
  await tx.contributingFactor.createMany({
    data: at(data.factors, (f) => ({ kind: f.kind, text: f.text })) as Prisma.ContributingFactorCreateManyInput[],
  });
  await tx.actionItem.createMany({
    data: at(data.actionItems, (a) => ({
      title: a.title,
      owner: a.owner ?? null,
      status: a.status,
      priority: a.priority,
      dueDate: a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
      link: a.link ?? null,
    })) as Prisma.ActionItemCreateManyInput[],
  });
  await tx.postmortemLimit.createMany({
    data: at(data.limits, (l) => ({
      limitId: l.limit,
      observedValue: l.observed ?? null,
      raisedTo: l.raisedTo ?? null,
      note: l.note ?? null,
    })) as Prisma.PostmortemLimitCreateManyInput[],
  });
  await tx.errorSignature.createMany({
    data: at(data.signatures, (s) => ({
      text: s.text,
      source: s.source,
      note: s.note ?? null,
    })) as Prisma.ErrorSignatureCreateManyInput[],
  });
  await tx.diagram.createMany({
    data: at(data.diagrams, (d) => ({
      kind: d.kind,
      caption: d.caption,
      source: d.source,
    })) as Prisma.DiagramCreateManyInput[],
  });
  await tx.reference.createMany({
    data: at(data.references, (r) => ({
      title: r.title,
      url: r.url ?? null,
      publishedOn: r.publishedOn ?? null,
      note: r.note ?? null,
    })) as Prisma.ReferenceCreateManyInput[],
  });
  await tx.postmortemSource.createMany({
    data: at(data.sources, (source) => ({
      title: source.title,
      url: source.url,
    })) as Prisma.PostmortemSourceCreateManyInput[],
  });
  await tx.postmortemPattern.createMany({
    data: at(data.patterns, (p) => ({
      patternId: patternIds.get(p.slug)!,
      note: p.note ?? null,
    })) as Prisma.PostmortemPatternCreateManyInput[],
  });
  await tx.postmortemTag.createMany({ data: data.tags.map((name) => ({ postmortemId, tagId: tagIds.get(name)! })) });
  await refreshSearchDocuments(tx, { postmortemIds: [postmortemId] });
  return pm;
}

async function idsBySlug(tx: Tx, slugs: string[]): Promise<Map<string, string>> {
  const rows = await tx.failurePattern.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !ids.has(s));
  if (missing.length) throw new Error(`unknown pattern(s): ${missing.join(", ")}`);
  return ids;
}

async function ensureTags(tx: Tx, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  await tx.tag.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });
  const rows = await tx.tag.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.name, r.id]));
}
