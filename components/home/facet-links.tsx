import { DocumentLink } from "@/components/ui/document-link";

import { filterHref, toggleFilter, type Facet, type FilterKey, type HomeFilter } from "./home-filter";

const shown = 10;

/** Filter links for one facet (tags or components): the most common first, the rest behind a disclosure. */
export function FacetLinks({
  id,
  title,
  facetKey,
  facets,
  filter,
}: {
  id: string;
  title: string;
  facetKey: FilterKey;
  facets: Facet[];
  filter: HomeFilter;
}) {
  if (facets.length === 0) return null;
  const active = filter[facetKey];
  const top = facets.slice(0, shown);
  const rest = facets.slice(shown);
  const activeInRest = rest.some((f) => f.value === active);

  const links = (list: Facet[]) => (
    <ul className="flex flex-wrap gap-1.5">
      {list.map((facet) => {
        const isActive = facet.value === active;
        return (
          <li key={facet.value}>
            <DocumentLink
              href={filterHref(toggleFilter(filter, facetKey, facet.value))}
              aria-current={isActive ? "true" : undefined}
              className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${
                isActive
                  ? "bg-indigo-700 text-white ring-indigo-700 dark:bg-indigo-300 dark:text-zinc-950 dark:ring-indigo-300"
                  : "bg-white text-zinc-800 ring-zinc-300 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800"
              }`}
            >
              <span>{facet.value}</span>
              <span aria-hidden="true" className="tabular-nums opacity-80">
                {facet.count}
              </span>
              <span className="sr-only">({facet.count === 1 ? "1 postmortem" : `${facet.count} postmortems`})</span>
            </DocumentLink>
          </li>
        );
      })}
    </ul>
  );

  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">
        {title}
      </h2>
      <div className="mt-2 space-y-2">
        {links(top)}
        {rest.length ? (
          <details open={activeInRest}>
            <summary className="cursor-pointer text-xs text-zinc-700 hover:underline dark:text-zinc-300">
              {rest.length} more
            </summary>
            <div className="mt-2">{links(rest)}</div>
          </details>
        ) : null}
      </div>
    </section>
  );
}
