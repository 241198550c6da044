import { ActiveFilters } from "@/components/home/active-filters";
import { FacetLinks } from "@/components/home/facet-links";
import { OverdueActionItems } from "@/components/home/overdue-action-items";
import { countFacets, filterHref, type HomeFilter } from "@/components/home/home-filter";
import { PostmortemList } from "@/components/home/postmortem-list";
import { OriginSwitch } from "@/components/postmortem/origin-switch";
import { TopLimits } from "@/components/home/top-limits";
import { TopPatterns } from "@/components/home/top-patterns";
import { EmptyState } from "@/components/ui/empty-state";
import { cx } from "@/components/ui/cx";
import { DocumentLink } from "@/components/ui/document-link";
import { TextLink } from "@/components/ui/text-link";
import { textLinkClass } from "@/components/ui/text-link-class";
import { listTopLimits } from "@/lib/limits/queries";
import { listPatterns } from "@/lib/patterns/queries";
import { listPostmortems } from "@/lib/postmortems/queries";

const filtered = (filter: HomeFilter) => Boolean(filter.tag || filter.component || filter.origin);

/** Home: the published postmortems (filtered by tag, component, origin), their facets, top patterns and limits. */
export async function HomePage({ filter }: { filter: HomeFilter }) {
  // The facets count over every published postmortem, so a filtered page still offers the others.
  const [all, matching, patterns, limits] = await Promise.all([
    listPostmortems(),
    filtered(filter) ? listPostmortems(filter) : null,
    listPatterns(),
    listTopLimits(5),
  ]);
  const postmortems = matching ?? all;

  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold tracking-tight">Postmortems</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          What broke, why, and what fixed it, linked by the failure patterns they share.
        </p>
        <div className="mt-3" data-no-print>
          <OriginSwitch current={filter.origin} hrefFor={(origin) => filterHref({ ...filter, origin })} />
        </div>
        <p className="mt-2 text-sm lg:hidden" data-no-print>
          <TextLink href="#filter-tag" underline="always">
            Filter by tag or component
          </TextLink>
        </p>
      </section>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="space-y-4">
          <ActiveFilters filter={filter} shown={postmortems.length} />
          {postmortems.length ? (
            <PostmortemList postmortems={postmortems} />
          ) : filtered(filter) ? (
            <EmptyState>
              <p className="font-medium text-zinc-700 dark:text-zinc-300">
                No published postmortem matches this filter.
              </p>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                Check the spelling, or pick a tag or component from the lists, which only offer values that have
                postmortems.
              </p>
              <DocumentLink href="/" className={cx(textLinkClass("always"), "mt-3 inline-block text-sm font-medium")}>
                Show all postmortems
              </DocumentLink>
            </EmptyState>
          ) : (
            <EmptyState>
              No published postmortems yet. Add files under <code>content/postmortems/</code> and run{" "}
              <code>npm run content:import</code>.
            </EmptyState>
          )}
        </div>
        <div className="space-y-8" data-no-print>
          <OverdueActionItems />
          <FacetLinks
            id="filter-tag"
            title="Filter by tag"
            facetKey="tag"
            facets={countFacets(all.map((pm) => pm.tags.map((t) => t.tag.name)))}
            filter={filter}
          />
          <FacetLinks
            id="filter-component"
            title="Filter by component"
            facetKey="component"
            facets={countFacets(all.map((pm) => pm.components))}
            filter={filter}
          />
          <TopPatterns patterns={patterns} />
          <TopLimits limits={limits} />
        </div>
      </div>
    </div>
  );
}
