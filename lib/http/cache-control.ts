/**
 * Next marks a page from its full-route cache `s-maxage=31536000`: a year in
 * any shared cache in front of us, which would never hear of the write that
 * invalidates it. Browsers and proxies must ask again every time instead
 * (`no-cache`: a stored copy is used only after the server confirms it, with
 * ETag); when every reader must sign in, no shared cache may keep it at all.
 */
export function readingPageCacheControl(value: string, loginRequired: boolean): string {
  if (!/\bs-maxage=/.test(value)) return value;
  return loginRequired ? "private, no-cache" : "public, no-cache";
}
