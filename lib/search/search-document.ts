import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostmortemRecord } from "@/lib/postmortems/include";

import { searchFields, type SearchField, type Weight } from "./fields";
import { normalizeLogText } from "./normalize-query";
import { quotedSpans } from "./quoted-code";
import { indexText, similarityText } from "./tokens";

/**
 * What one search document holds, built from a postmortem, pattern or limit.
 * Pure: lib/search/refresh-search-documents.ts loads the rows and stores this.
 */

export type SearchKind = "postmortem" | "pattern" | "limit";

/** A field of the source as shown in snippets: `f` names it (see fieldLabels), `t` is plain text. */
export interface SearchSection {
  f: string;
  t: string;
}

export interface SearchDocumentRow {
  id: string;
  kind: SearchKind;
  ref_id: string;
  slug: string;
  url: string;
  title: string;
  sections: SearchSection[];
  /** Similarity text of each "signature" section, in order. */
  signatures: string[];
  /** Index text per weight, and of the key fields (title, signatures, names, tags, components). */
  a: string;
  b: string;
  c: string;
  d: string;
  k: string;
  pattern_slugs: string[];
  provider: string | null;
  platform: string | null;
  components: string[];
  severity: string | null;
  status: string | null;
  year: number | null;
  origin: string | null;
}

export type PostmortemForSearch = PostmortemRecord;
export type PatternForSearch = Prisma.FailurePatternGetPayload<object>;
export type LimitForSearch = Prisma.LimitGetPayload<object>;

/** Signatures compared by similarity per document (the explainer finds the others by their words). */
const MAX_SIGNATURES = 12;

interface Part {
  f: SearchField;
  t: string | null | undefined;
}

/** Markdown prose as plain text for snippets: no fences, backticks, emphasis, list markers or link targets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*$/gm, "")
    .replace(/`([^`\n]*)`/g, "$1")
    .replace(/\*\*([^*\n]+)\*\*/g, "$1")
    .replace(/\[([^\]\n]+)\]\([^)\n]+\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

function yearIn(date: Date | null, timeZone: string): number | null {
  if (!date) return null;
  try {
    return Number(new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric" }).format(date));
  } catch {
    return date.getUTCFullYear();
  }
}

const lower = (value: string | null | undefined) => (value ? value.trim().toLowerCase() : null);

function assemble(
  head: Omit<SearchDocumentRow, "sections" | "signatures" | "a" | "b" | "c" | "d" | "k">,
  parts: Part[],
): SearchDocumentRow {
  const kept = parts.filter((p): p is Part & { t: string } => Boolean(p.t && p.t.trim()));
  const tokens = new Map(kept.map((p) => [p, indexText(normalizeLogText(p.t))]));
  const tokensOf = (p: Part & { t: string }) => tokens.get(p)!;
  const byWeight = (w: Weight) =>
    kept
      .filter((p) => searchFields[p.f].weight === w)
      .map(tokensOf)
      .join(" ");
  return {
    ...head,
    sections: kept.map((p) => ({ f: p.f, t: p.t })),
    signatures: kept
      .filter((p) => p.f === "signature")
      .map((p) => similarityText(normalizeLogText(p.t)))
      .slice(0, MAX_SIGNATURES),
    a: byWeight("A"),
    b: byWeight("B"),
    c: byWeight("C"),
    d: byWeight("D"),
    k: [indexText(head.slug), ...kept.filter((p) => searchFields[p.f].key).map(tokensOf)].join(" "),
  };
}

export function postmortemDocument(pm: PostmortemForSearch): SearchDocumentRow {
  const prose = (f: SearchField, text: string): Part => ({ f, t: plainText(text) });
  const environment = [pm.organization, pm.cloudProvider, pm.region, pm.platform].filter(Boolean).join(" · ");
  return assemble(
    {
      id: `postmortem:${pm.id}`,
      kind: "postmortem",
      ref_id: pm.id,
      slug: pm.slug,
      url: `/postmortems/${pm.slug}`,
      title: pm.title,
      pattern_slugs: pm.patterns.map((p) => p.pattern.slug),
      provider: lower(pm.cloudProvider),
      platform: lower(pm.platform),
      components: pm.components.map((c) => c.trim().toLowerCase()),
      severity: pm.severity,
      status: pm.status,
      year: pm.occurredOn ? pm.occurredOn.getUTCFullYear() : yearIn(pm.startedAt, pm.timeZone),
      origin: pm.origin,
    },
    [
      { f: "title", t: pm.title },
      ...pm.signatures.map((s): Part => ({ f: "signature", t: s.text })),
      { f: "summary", t: plainText(pm.summary) },
      prose("rootCause", pm.rootCause),
      { f: "environment", t: environment },
      { f: "components", t: pm.components.join(", ") },
      { f: "tags", t: pm.tags.map((t) => t.tag.name).join(", ") },
      ...pm.patterns.map((p): Part => ({ f: "pattern", t: p.pattern.name })),
      ...pm.limits.map((l): Part => ({ f: "limit", t: l.limit.name })),
      prose("trigger", pm.trigger),
      prose("impact", pm.impact),
      ...pm.timeline.map((e) => prose("timeline", e.description)),
      prose("detection", pm.detection),
      prose("resolution", pm.resolution),
      ...pm.factors.map((f) => prose("factor", f.text)),
      ...pm.signatures.map((s): Part => ({ f: "signatureNote", t: [s.source, s.note].filter(Boolean).join(": ") })),
      ...pm.patterns.map((p): Part => ({ f: "patternNote", t: p.note && plainText(p.note) })),
      prose("wentWell", pm.wentWell),
      prose("wentWrong", pm.wentWrong),
      prose("gotLucky", pm.gotLucky),
      ...pm.limits.map((l): Part => ({ f: "limitNote", t: l.note && plainText(l.note) })),
      ...pm.diagrams.map((d): Part => ({ f: "diagram", t: plainText(d.caption) })),
      ...pm.actionItems.map((a): Part => ({ f: "actionItem", t: a.title })),
      ...pm.references.map((r): Part => ({
        f: "reference",
        t: [r.title, r.note && plainText(r.note)].filter(Boolean).join(": "),
      })),
    ],
  );
}

/** The row fields of a catalog entry (a pattern or a limit): none of the postmortem filters apply. */
function catalogHead(kind: "pattern" | "limit", id: string, slug: string, title: string) {
  return {
    id: `${kind}:${id}`,
    kind,
    ref_id: id,
    slug,
    url: `/${kind}s/${slug}`,
    title,
    pattern_slugs: [] as string[],
    provider: null as string | null,
    platform: null,
    components: [] as string[],
    severity: null,
    status: null,
    year: null,
    origin: null,
  };
}

export function patternDocument(p: PatternForSearch): SearchDocumentRow {
  const quoted = quotedSpans([p.summary, p.mechanism, p.detectionSignals, p.mitigations, p.prevention].join("\n\n"));
  return assemble({ ...catalogHead("pattern", p.id, p.slug, p.name), pattern_slugs: [p.slug] }, [
    { f: "name", t: p.name },
    ...quoted.errors.map((t): Part => ({ f: "signature", t })),
    { f: "summary", t: plainText(p.summary) },
    { f: "detectionSignals", t: plainText(p.detectionSignals) },
    { f: "mechanism", t: plainText(p.mechanism) },
    { f: "mitigations", t: plainText(p.mitigations) },
    { f: "prevention", t: plainText(p.prevention) },
    ...quoted.commands.map((t): Part => ({ f: "command", t })),
  ]);
}

export function limitDocument(l: LimitForSearch): SearchDocumentRow {
  const quoted = quotedSpans(l.description);
  const value = [
    l.defaultValue && `default ${l.defaultValue}${l.unit ? ` ${l.unit}` : ""}`,
    l.adjustable === true ? "adjustable" : l.adjustable === false ? "not adjustable" : null,
  ];
  return assemble({ ...catalogHead("limit", l.id, l.id, l.name), provider: lower(l.provider) }, [
    { f: "name", t: l.name },
    ...quoted.errors.map((t): Part => ({ f: "signature", t })),
    { f: "resource", t: `${l.provider} · ${l.resource}` },
    { f: "description", t: plainText(l.description) },
    { f: "value", t: value.filter(Boolean).join(", ") },
    ...quoted.commands.map((t): Part => ({ f: "command", t })),
  ]);
}
