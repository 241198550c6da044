"use client";

import type { EditorCatalog } from "./catalog";
import type { EditorForm, FormSetter } from "./form-model";
import { ActionItemsSection } from "./sections/action-items-section";
import { BasicsSection } from "./sections/basics-section";
import { ContextSection } from "./sections/context-section";
import { DiagramsSection } from "./sections/diagrams-section";
import { FactorsSection } from "./sections/factors-section";
import { LimitsSection } from "./sections/limits-section";
import { OriginSection } from "./sections/origin-section";
import { PatternsSection } from "./sections/patterns-section";
import { ProseSection } from "./sections/prose-sections";
import { ReferencesSection } from "./sections/references-section";
import { SignaturesSection } from "./sections/signatures-section";
import { TimelineSection } from "./sections/timeline-section";
import { TimesSection } from "./sections/times-section";

/** Every section of the form, in the order the read page shows them. Each re-renders only when its own fields change. */
export function EditorSections({
  form,
  set,
  catalog,
  slugLocked,
}: {
  form: EditorForm;
  set: FormSetter;
  catalog: EditorCatalog;
  slugLocked: boolean;
}) {
  const suggestText = [form.title, form.summary, form.rootCause, form.trigger, ...form.signatures.map((s) => s.text)]
    .filter(Boolean)
    .join("\n");
  return (
    <div className="space-y-6">
      <BasicsSection
        title={form.title}
        slug={form.slug}
        summary={form.summary}
        severity={form.severity}
        status={form.status}
        slugLocked={slugLocked}
        set={set}
      />
      <OriginSection
        origin={form.origin}
        organization={form.organization}
        occurredOn={form.occurredOn}
        sources={form.sources}
        set={set}
      />
      <TimesSection
        timeZone={form.timeZone}
        zones={catalog.timeZones}
        startedAt={form.startedAt}
        detectedAt={form.detectedAt}
        mitigatedAt={form.mitigatedAt}
        resolvedAt={form.resolvedAt}
        set={set}
      />
      <ContextSection environment={form.environment} authors={form.authors} tags={form.tags} set={set} />
      <ProseSection id="impact" title="Impact" fields={{ impact: form.impact }} set={set} />
      <TimelineSection timeline={form.timeline} timeZone={form.timeZone} startedAt={form.startedAt} set={set} />
      <DiagramsSection diagrams={form.diagrams} set={set} />
      <ProseSection
        id="cause"
        title="Trigger and root cause"
        fields={{ trigger: form.trigger, rootCause: form.rootCause }}
        set={set}
      />
      <FactorsSection factors={form.factors} set={set} />
      <LimitsSection limits={form.limits} catalog={catalog.limits} set={set} />
      <SignaturesSection signatures={form.signatures} set={set} />
      <ProseSection
        id="response"
        title="Detection and resolution"
        fields={{ detection: form.detection, resolution: form.resolution }}
        set={set}
      />
      <ProseSection
        id="lessons"
        title="Lessons"
        fields={{ wentWell: form.wentWell, wentWrong: form.wentWrong, gotLucky: form.gotLucky }}
        set={set}
      />
      <ActionItemsSection actionItems={form.actionItems} set={set} />
      <PatternsSection patterns={form.patterns} catalog={catalog.patterns} suggestText={suggestText} set={set} />
      <ReferencesSection references={form.references} set={set} />
    </div>
  );
}
