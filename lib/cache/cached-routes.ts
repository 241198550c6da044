import { parseOriginFilter } from "@/lib/validations/postmortem";

/**
 * Where proxy.ts sends a reading page so that Next can cache it. A cached
 * page cannot read the query string, and a route without a parameter would be
 * rendered at build time, when there is no database; so each public address
 * is rewritten to an internal one that carries its filter in the path:
 *
 *   /?tag=dns&origin=own     -> /home/tag%3Ddns%26origin%3Down   (app/(kb)/home/[filter])
 *   /                        -> /home/all
 *   /patterns, /limits       -> /lists/patterns, /lists/limits  (app/(kb)/lists/[list])
 *   /patterns/x?origin=own   -> /patterns/x/own                 (app/(kb)/patterns/[slug]/[origin])
 *
 * The browser keeps the public address. Query parameters the page does not
 * use do not make a new copy. Everything else: null, served as it is.
 */
export function cachedRoute(pathname: string, query: URLSearchParams): string | null {
  if (pathname === "/") return `/home/${encodeURIComponent(homeFilterKey(query))}`;
  if (pathname === "/patterns" || pathname === "/patterns/") return "/lists/patterns";
  if (pathname === "/limits" || pathname === "/limits/") return "/lists/limits";
  const pattern = /^\/patterns\/([^/]+)\/?$/.exec(pathname);
  const origin = parseOriginFilter(query.get("origin"));
  if (pattern && origin) return `/patterns/${pattern[1]}/${origin}`;
  return null;
}

/** A reading page that keeps its own address: a postmortem, pattern or limit. */
const ownAddress = /^\/(postmortems|patterns|limits)\/[^/]+\/?$/;

/**
 * With the page cache off (HINDSIGHT_PAGE_CACHE=off, for measuring), a reading
 * page goes to its twin under /live, the same page rendered on every request
 * (Next would otherwise still render a static page once for all the requests
 * waiting for it). Null: not a reading page.
 */
export function liveRoute(pathname: string, query: URLSearchParams): string | null {
  const internal = cachedRoute(pathname, query) ?? (ownAddress.test(pathname) ? pathname : null);
  return internal ? `/live${internal}` : null;
}

export const isLiveRoute = (pathname: string) => /^\/live(\/|$)/.test(pathname);

/** The slug of a postmortem's read URL (/postmortems/<slug>), or null. */
export function postmortemSlugOf(pathname: string): string | null {
  const match = /^\/postmortems\/([^/]+)\/?$/.exec(pathname);
  if (!match || match[1] === "new") return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/**
 * A draft's or in-review postmortem's read URL for a signed-in reader
 * (app/(kb)/unpublished/[slug]: per request, checks the session; a 404 for a
 * published postmortem, whose page is the cached one).
 */
export const unpublishedRoute = (slug: string) => `/unpublished/${encodeURIComponent(slug)}`;
export const isUnpublishedRoute = (pathname: string) => /^\/unpublished(\/|$)/.test(pathname);

/**
 * The public path of an internal route (what usePathname gives while the
 * server renders a rewritten page): /home/… is /, /lists/x is /x, a pattern's
 * origin copy is the pattern.
 */
export function publicPathOf(pathname: string): string {
  if (isLiveRoute(pathname)) return publicPathOf(pathname.slice("/live".length) || "/");
  if (isUnpublishedRoute(pathname)) return `/postmortems${pathname.slice("/unpublished".length)}`;
  if (/^\/home(\/|$)/.test(pathname)) return "/";
  const list = /^\/lists\/(patterns|limits)\/?$/.exec(pathname);
  if (list) return `/${list[1]}`;
  const pattern = /^(\/patterns\/[^/]+)\/(own|public)\/?$/.exec(pathname);
  return pattern ? pattern[1]! : pathname;
}

/** The home filter as one path segment: the parameters it uses, in one order ("all" for none). */
export function homeFilterKey(query: URLSearchParams): string {
  const key = new URLSearchParams();
  for (const name of ["tag", "component", "origin"]) {
    const value = query.get(name)?.trim();
    if (value) key.set(name, value);
  }
  return key.toString() || "all";
}

/**
 * The internal path segment back to the home page's query (the page's side of
 * homeFilterKey). Next hands the segment over as it was in the path, still
 * percent-encoded; an encoded key has no "=" of its own, so it is decoded once.
 */
export function homeQueryOf(segment: string): Record<string, string> {
  if (segment === "all") return {};
  let query = segment;
  if (!query.includes("=")) {
    try {
      query = decodeURIComponent(query);
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(query));
}
