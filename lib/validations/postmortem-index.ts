// The postmortem index's state lives in the URL (/postmortems?sort=ttr&pattern=…&page=2): a GET form
// and plain links set it, so a list can be shared, bookmarked and used without JavaScript.
import { postmortemStatuses, severities } from "@/lib/validations/postmortem";

export const indexSorts = ["date", "severity", "ttm", "ttr"] as const;
export type IndexSort = (typeof indexSorts)[number];
export type SortDirection = "asc" | "desc";

/** Newest first; the worst severity and the shortest times first. */
export const defaultDirection: Record<IndexSort, SortDirection> = {
  date: "desc",
  severity: "asc",
  ttm: "asc",
  ttr: "asc",
};

export const indexFilterNames = ["severity", "pattern", "provider", "platform", "component", "tag", "status"] as const;
export type IndexFilterName = (typeof indexFilterNames)[number];
export type IndexFilters = Partial<Record<IndexFilterName, string>>;

export interface PostmortemIndexQuery {
  sort: IndexSort;
  dir: SortDirection;
  /** 1-based */
  page: number;
  filters: IndexFilters;
}

export const indexPageSize = 25;
const maxValueLength = 200;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const oneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (values as readonly string[]).includes(value);

/**
 * The query of /postmortems from its URL. Nothing here fails: a value that
 * makes no sense is dropped (the default is used) and named in `notices`, so
 * the page can say what it ignored.
 */
export function parseIndexQuery(params: SearchParams): { query: PostmortemIndexQuery; notices: string[] } {
  const notices: string[] = [];
  const sortParam = first(params.sort);
  let sort: IndexSort = "date";
  if (oneOf(indexSorts, sortParam)) sort = sortParam;
  else if (sortParam) notices.push(`There is no sort “${sortParam.slice(0, 40)}”: sorted by date.`);

  const dirParam = first(params.dir);
  let dir = defaultDirection[sort];
  if (dirParam === "asc" || dirParam === "desc") dir = dirParam;
  else if (dirParam) notices.push(`The direction “${dirParam.slice(0, 40)}” is neither asc nor desc: ignored.`);

  const pageParam = first(params.page);
  let page = 1;
  if (pageParam && /^\d{1,6}$/.test(pageParam) && Number(pageParam) >= 1) page = Number(pageParam);
  else if (pageParam) notices.push(`“${pageParam.slice(0, 40)}” is not a page number: showing page 1.`);

  const filters: IndexFilters = {};
  for (const name of indexFilterNames) {
    const value = first(params[name]);
    if (!value) continue;
    if (value.length > maxValueLength) {
      notices.push(`The ${name} filter is longer than ${maxValueLength} characters: ignored.`);
    } else if (name === "severity" && !oneOf(severities, value)) {
      notices.push(`There is no severity “${value.slice(0, 40)}”: not filtered by severity.`);
    } else if (name === "status" && !oneOf(postmortemStatuses, value)) {
      notices.push(`There is no status “${value.slice(0, 40)}”: not filtered by status.`);
    } else filters[name] = value;
  }
  return { query: { sort, dir, page, filters }, notices };
}

/** The address of a query, leaving out what is the default (the shortest URL for the same list). */
export function indexHref(query: PostmortemIndexQuery): string {
  const params = new URLSearchParams();
  if (query.sort !== "date") params.set("sort", query.sort);
  if (query.dir !== defaultDirection[query.sort]) params.set("dir", query.dir);
  for (const name of indexFilterNames) {
    const value = query.filters[name];
    if (value) params.set(name, value);
  }
  if (query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return text ? `/postmortems?${text}` : "/postmortems";
}

/** Sorting by a column: its default direction first, the other one when it is already the sort. */
export function sortedBy(query: PostmortemIndexQuery, sort: IndexSort): PostmortemIndexQuery {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : defaultDirection[sort];
  return { ...query, sort, dir, page: 1 };
}
