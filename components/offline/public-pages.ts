// Which pages may have an offline copy: the public reading pages only. Never the
// editor, history, proposals, admin, settings or sign-in, whatever they answer.
const readingPages = [
  /^\/$/,
  /^\/postmortems\/(?!new$)[^/]+$/,
  /^\/patterns$/,
  /^\/patterns\/[^/]+$/,
  /^\/limits$/,
  /^\/limits\/[^/]+$/,
  /^\/search$/,
];

export function isPublicReadingPage(pathname: string): boolean {
  return readingPages.some((page) => page.test(pathname));
}

/** The key of a page's copy: /search keeps one shell for every query (the query runs in the browser). */
export function copyKey(url: URL): string {
  return url.pathname === "/search" ? "/search" : url.pathname + url.search;
}
