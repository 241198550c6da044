// The 404 page (app/not-found.tsx) is given no params; its suggestions
// (components/not-found/closest-to-address.tsx) read the address in the browser.

/** What a missing page's address names: the slug of /postmortems/<slug>/..., else the last segment. */
export function nameInPath(path: string | null): string {
  if (!path) return "";
  const segments = path.split("/").filter(Boolean);
  const named = segments[0] === "postmortems" && segments[1] ? segments[1] : segments.at(-1);
  try {
    return decodeURIComponent(named ?? "").slice(0, 200);
  } catch {
    return "";
  }
}
