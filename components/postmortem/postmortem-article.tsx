import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MermaidDiagram } from "@/components/diagram/mermaid-diagram";
import { Markdown } from "@/components/markdown/markdown";
import { ActionItems } from "@/components/postmortem/action-items";
import { Durations } from "@/components/postmortem/durations";
import { Factors } from "@/components/postmortem/factors";
import { Lessons } from "@/components/postmortem/lessons";
import { LimitsTable } from "@/components/postmortem/limits-table";
import { PostmortemHeader } from "@/components/postmortem/postmortem-header";
import { PrintHeader } from "@/components/postmortem/print-header";
import { References } from "@/components/postmortem/references";
import { RelatedIncidents } from "@/components/postmortem/related-incidents";
import { Section } from "@/components/postmortem/section";
import { Signatures } from "@/components/postmortem/signatures";
import { TableOfContents, type TocEntry } from "@/components/postmortem/table-of-contents";
import { Timeline } from "@/components/postmortem/timeline";
import { TriageCard } from "@/components/postmortem/triage-card";
import { PostmortemActions } from "@/components/review/postmortem-actions";
import type { PostmortemPage } from "@/lib/postmortems/queries";
import type { RelatedPostmortem } from "@/lib/postmortems/related";

function Prose({ source, empty }: { source: string; empty: string }) {
  return source ? <Markdown source={source} /> : <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>;
}

/**
 * A postmortem as readers see it: the published page (app/(kb)/postmortems/[slug]) and, for
 * authors and reviewers, a draft at its read URL (app/(kb)/unpublished/[slug]) render this one article.
 */
export function PostmortemArticle({ pm, related }: { pm: PostmortemPage; related: RelatedPostmortem[] }) {
  const toc = tocEntries(pm.diagrams.length > 0);
  return (
    // The sidebar TOC sits in the article's right padding on wide screens, as tall as the article so it can stick.
    <article className="relative space-y-8 lg:pr-60 print:space-y-5 print:pr-0">
      <Breadcrumbs items={[{ label: "Postmortems", href: "/" }, { label: pm.title }]} />
      <PrintHeader pm={pm} />
      <PostmortemHeader pm={pm} />
      <PostmortemActions slug={pm.slug} />
      <TableOfContents entries={toc} variant="disclosure" />
      <TriageCard pm={pm} />
      <Durations pm={pm} />
      <Section id="impact" title="Impact">
        <Prose source={pm.impact} empty="Impact was not recorded." />
      </Section>
      <Section id="timeline" title="Timeline">
        <Timeline events={pm.timeline} timeZone={pm.timeZone} />
      </Section>
      {pm.diagrams.length ? (
        <Section id="diagrams" title="Diagrams">
          {pm.diagrams.map((diagram) => (
            <MermaidDiagram key={diagram.id} source={diagram.source} caption={diagram.caption} />
          ))}
        </Section>
      ) : null}
      <Section id="trigger" title="Trigger">
        <Prose source={pm.trigger} empty="The trigger was not recorded." />
      </Section>
      <Section id="root-cause" title="Root cause">
        <Prose source={pm.rootCause} empty="The root cause was not recorded." />
      </Section>
      <Section id="factors" title="Contributing factors">
        <Factors factors={pm.factors} />
      </Section>
      <Section id="limits" title="Quotas and limits">
        <LimitsTable limits={pm.limits} />
      </Section>
      <Section id="signatures" title="Error signatures">
        <Signatures signatures={pm.signatures} />
      </Section>
      <Section id="detection" title="Detection">
        <Prose source={pm.detection} empty="How it was detected was not recorded." />
      </Section>
      <Section id="resolution" title="Resolution">
        <Prose source={pm.resolution} empty="The resolution was not recorded." />
      </Section>
      <Section id="lessons" title="Lessons">
        <Lessons pm={pm} />
      </Section>
      <Section id="action-items" title="Action items">
        <ActionItems items={pm.actionItems} />
      </Section>
      <Section id="related" title="Related incidents">
        <RelatedIncidents related={related} />
      </Section>
      <Section id="references" title="References">
        <References references={pm.references} authors={pm.authors} />
      </Section>
      <aside className="absolute inset-y-0 right-0 mt-0! hidden w-52 lg:block">
        <TableOfContents entries={toc} variant="sidebar" />
      </aside>
    </article>
  );
}

/** The page's sections in order, as their headings name them (the TOC test checks the two agree). */
function tocEntries(hasDiagrams: boolean): TocEntry[] {
  return [
    { id: "triage", label: "Triage card" },
    { id: "impact", label: "Impact" },
    { id: "timeline", label: "Timeline" },
    ...(hasDiagrams ? [{ id: "diagrams", label: "Diagrams" }] : []),
    { id: "trigger", label: "Trigger" },
    { id: "root-cause", label: "Root cause" },
    { id: "factors", label: "Contributing factors" },
    { id: "limits", label: "Quotas and limits" },
    { id: "signatures", label: "Error signatures" },
    { id: "detection", label: "Detection" },
    { id: "resolution", label: "Resolution" },
    { id: "lessons", label: "Lessons" },
    { id: "action-items", label: "Action items" },
    { id: "related", label: "Related incidents" },
    { id: "references", label: "References" },
  ];
}
