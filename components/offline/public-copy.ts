// What may become an offline copy, written once for the service worker and the
// "Save for offline" button. A copy is the HTML anyone without an account gets
// (fetched without cookies), so nobody's signed-in page is ever kept. Where
// signing in is required (HINDSIGHT_REQUIRE_LOGIN), a signed-in answer is kept
// only when the server marks it shareable (Cache-Control neither private nor no-store).
import { savedAtHeader, sourceHeader, titleHeader, type CopySource } from "./cache-names";

function isHtmlPage(response: Response): boolean {
  return (
    response.status === 200 &&
    !response.redirected &&
    response.type === "basic" &&
    (response.headers.get("content-type") ?? "").includes("text/html")
  );
}

/** The server says every reader gets this same answer. */
export function isShareable(response: Response): boolean {
  return isHtmlPage(response) && !/\b(private|no-store)\b/i.test(response.headers.get("cache-control") ?? "");
}

/** The page as a reader without an account sees it, or null when there is no such page to keep. */
export async function fetchPublicCopy(path: string): Promise<Response | null> {
  const init: RequestInit = { cache: "no-store", headers: { accept: "text/html" } };
  const anonymous = await fetch(path, { ...init, credentials: "omit" });
  if (isHtmlPage(anonymous)) return anonymous;
  if (!anonymous.redirected && anonymous.status !== 401) return null;
  const signedIn = await fetch(path, { ...init, credentials: "same-origin" });
  return isShareable(signedIn) ? signedIn : null;
}

const titlePattern = /<title>([^<]*)<\/title>/i;

/** The copy to keep: the response with when it was taken, how, and the page's title. */
export async function stampCopy(response: Response, source: CopySource, savedAt = new Date()): Promise<Response> {
  const body = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("cache-control");
  headers.set(savedAtHeader, savedAt.toISOString());
  headers.set(sourceHeader, source);
  headers.set(titleHeader, encodeURIComponent(decodeEntities(titlePattern.exec(body)?.[1] ?? "")));
  return new Response(body, { status: 200, statusText: "OK", headers });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** When a kept copy was taken (epoch 0 when unknown). */
export function savedAt(response: Response): Date {
  const time = Date.parse(response.headers.get(savedAtHeader) ?? "");
  return new Date(Number.isNaN(time) ? 0 : time);
}

export function copyTitle(response: Response): string {
  return decodeURIComponent(response.headers.get(titleHeader) ?? "");
}
