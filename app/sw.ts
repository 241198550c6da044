/// <reference lib="webworker" />
// The service worker (built by app/serwist/[path]/route.ts into /serwist/sw.js).
// Online, every page comes from the server: reading pages network first, with
// the copy only when the network fails or does not answer within a few seconds;
// everything else network only. /_next/static is cache first (precached at
// install). API answers are never cached here; "Save for offline"
// (components/offline/save-offline-copy.ts) keeps what search needs.
import {
  CacheFirst,
  ExpirationPlugin,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type RouteHandlerCallbackOptions,
} from "serwist";

import {
  copyMetaName,
  fallbackCache,
  offlinePagePath,
  savedAtHeader,
  savedCache,
  sourceHeader,
  staticCache,
  visitedCache,
  visitedMessage,
} from "@/components/offline/cache-names";
import { fetchPublicCopy, isShareable, savedAt, stampCopy } from "@/components/offline/public-copy";
import { copyKey, isPublicReadingPage } from "@/components/offline/public-pages";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** Past this the copy is shown (if there is one) and the network answer is still awaited for the next time. */
const networkTimeoutMs = 5_000;
/** A page's copy taken this recently is not fetched again after a visit. */
const visitRefreshMs = 60_000;

async function newestCopy(url: URL): Promise<Response | undefined> {
  const keys = [...new Set([copyKey(url), url.pathname])];
  const found: Response[] = [];
  for (const name of [savedCache, visitedCache]) {
    const cache = await caches.open(name);
    for (const key of keys) {
      const response = await cache.match(key);
      if (response) {
        found.push(response);
        break;
      }
    }
  }
  return found.sort((a, b) => savedAt(b).getTime() - savedAt(a).getTime())[0];
}

/** The copy as the page gets it: marked, so that the offline banner can say how old it is. */
async function markedCopy(copy: Response): Promise<Response> {
  const html = await copy.text();
  const meta = `<meta name="${copyMetaName}" content="${copy.headers.get(sourceHeader) ?? "visit"}" data-saved-at="${copy.headers.get(savedAtHeader) ?? ""}">`;
  return new Response(html.replace(/<head>/i, `<head>${meta}`), { status: 200, headers: copy.headers });
}

async function fallbackPage(): Promise<Response> {
  const page = await (await caches.open(fallbackCache)).match(offlinePagePath);
  if (page) return page;
  return new Response(
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Offline · Hindsight</title>' +
      "<h1>You are offline; this page was not saved</h1><p>Open it again when the network is back.</p></html>",
    { status: 503, headers: { "content-type": "text/html; charset=utf-8" } },
  );
}

async function keepCopy(cacheName: string, key: string, response: Response, source: "visit" | "saved") {
  const cache = await caches.open(cacheName);
  await cache.put(key, await stampCopy(response, source));
}

/** The page as anyone without an account gets it, unless a copy was taken a moment ago. */
async function keepVisited(path: string): Promise<void> {
  const url = new URL(path, self.location.origin);
  if (url.origin !== self.location.origin || !isPublicReadingPage(url.pathname)) return;
  const key = copyKey(url);
  const existing = await (await caches.open(visitedCache)).match(key);
  if (existing && Date.now() - savedAt(existing).getTime() < visitRefreshMs) return;
  const copy = await fetchPublicCopy(key);
  if (copy) await keepCopy(visitedCache, key, copy, "visit");
}

async function readingPage({ request, url, event }: RouteHandlerCallbackOptions): Promise<Response> {
  const network = fetch(request).then((response) => {
    // Only an answer the server marks as everyone's is kept as it is; otherwise the page asks
    // for the anonymous copy (OfflineSupport posts visitedMessage), never a signed-in page.
    if (isShareable(response)) event.waitUntil(keepCopy(visitedCache, copyKey(url), response.clone(), "visit"));
    return response;
  });
  network.catch(() => undefined); // a failure after the timeout is answered by the copy already
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), networkTimeoutMs));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== "timeout") return first;
    const copy = await newestCopy(url);
    return copy ? markedCopy(copy) : await network;
  } catch {
    const copy = await newestCopy(url);
    return copy ? markedCopy(copy) : fallbackPage();
  }
}

async function otherPage({ request }: RouteHandlerCallbackOptions): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    return fallbackPage();
  }
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && isPublicReadingPage(url.pathname),
      handler: readingPage,
    },
    { matcher: ({ request }) => request.mode === "navigate", handler: otherPage },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: staticCache,
        plugins: [new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 90 * 24 * 60 * 60 })],
      }),
    },
    {
      // The icons (their URLs carry a hash of the file): the tab and an installed app keep theirs offline.
      matcher: ({ url, sameOrigin }) =>
        sameOrigin &&
        /^\/(icon\.svg|favicon\.ico|apple-icon\.png|icons\/[\w.-]+\.png|manifest\.webmanifest)$/.test(url.pathname),
      handler: new StaleWhileRevalidate({ cacheName: staticCache }),
    },
  ],
});

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const page = await fetchPublicCopy(offlinePagePath).catch(() => null);
      if (page) await (await caches.open(fallbackCache)).put(offlinePagePath, page);
    })(),
  );
});

self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; url?: string } | null;
  if (data?.type === visitedMessage && typeof data.url === "string") {
    event.waitUntil(keepVisited(data.url).catch(() => undefined));
  }
});

serwist.addEventListeners();
