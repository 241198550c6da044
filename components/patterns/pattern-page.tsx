import { CatalogActions } from "@/components/catalog/catalog-actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { InlineMarkdown } from "@/components/markdown/inline-markdown";
import { PatternIncidentCard } from "@/components/patterns/pattern-incident-card";
import { incidentCount } from "@/components/patterns/pattern-list";
import { PatternSection } from "@/components/patterns/pattern-section";
import { PatternToc } from "@/components/patterns/pattern-toc";
import { RecurrenceBars } from "@/components/patterns/recurrence-bars";
import { RelatedPatterns } from "@/components/patterns/related-patterns";
import { OriginSwitch } from "@/components/postmortem/origin-switch";
import { EmptyState } from "@/components/ui/empty-state";
import type { FailurePatternPage } from "@/lib/patterns/queries";
import type { PostmortemData } from "@/lib/validations/postmortem";

/** A failure pattern's page; `origin` shows only our own or only public incidents (`?origin=`). */
export function PatternPage({ pattern, origin }: { pattern: FailurePatternPage; origin?: PostmortemData["origin"] }) {
  const ours = pattern.incidents.filter((incident) => incident.origin === "own").length;
  const incidents = origin ? pattern.incidents.filter((incident) => incident.origin === origin) : pattern.incidents;

  const toc = [
    { id: "mechanism", label: "Mechanism" },
    { id: "recognise", label: "How to recognise it" },
    { id: "mitigations", label: "Mitigations" },
    { id: "prevention", label: "Prevention" },
    { id: "related", label: "Related patterns" },
    { id: "incidents", label: `Incidents (${incidents.length})` },
    { id: "recurrence", label: "How often it recurred" },
  ];

  return (
    <div className="grid gap-x-12 gap-y-8 lg:grid-cols-[minmax(0,48rem)_13rem]">
      <header className="lg:col-start-1 lg:row-start-1">
        <Breadcrumbs items={[{ label: "Patterns", href: "/patterns" }, { label: pattern.name }]} />
        <h1 className="mt-2 text-2xl font-semibold tracking-tight sm:text-3xl">{pattern.name}</h1>
        <InlineMarkdown source={pattern.summary} className="mt-3 text-base text-zinc-700 dark:text-zinc-300" />
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          Seen in {incidentCount(pattern.incidents.length)}
          {pattern.incidents.length ? `: ${ours} ours, ${pattern.incidents.length - ours} public` : ""}.
        </p>
        <div className="mt-3">
          <CatalogActions kind="pattern" entry={pattern.slug} />
        </div>
      </header>

      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <PatternToc entries={toc} />
      </div>

      <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-2">
        <PatternSection id="mechanism" title="Mechanism" source={pattern.mechanism} />
        <PatternSection id="recognise" title="How to recognise it" source={pattern.detectionSignals} />
        <PatternSection id="mitigations" title="Mitigations" source={pattern.mitigations} />
        <PatternSection id="prevention" title="Prevention" source={pattern.prevention} />
        <RelatedPatterns patterns={pattern.related} />

        <section aria-labelledby="incidents">
          <h2 id="incidents" className="text-xl font-semibold tracking-tight">
            Incidents that show this pattern
          </h2>
          {pattern.incidents.length ? (
            <div className="mt-3" data-no-print>
              <OriginSwitch
                current={origin}
                hrefFor={(next) => `/patterns/${pattern.slug}${next ? `?origin=${next}` : ""}#incidents`}
              />
            </div>
          ) : null}
          {incidents.length === 0 ? (
            <EmptyState className="mt-3 text-sm">
              {pattern.incidents.length
                ? `None of this pattern's incidents is ${origin === "own" ? "one of ours" : "public"}.`
                : "No published postmortem shows this pattern yet. When one does, it will be listed here."}
            </EmptyState>
          ) : (
            <ul className="mt-3 space-y-4">
              {incidents.map((incident) => (
                <li key={incident.slug}>
                  <PatternIncidentCard incident={incident} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <RecurrenceBars years={pattern.recurrence} />
      </div>
    </div>
  );
}
