"use client";

import { useEffect, useState } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { textLinkClass } from "@/components/ui/text-link-class";

import { savedCache, snapshotKey, summaryKey, visitedCache } from "./cache-names";
import { describeAge } from "./copy-age";
import { copyTitle, savedAt } from "./public-copy";

interface SavedPage {
  url: string;
  title: string;
  savedAt: Date;
}

const groups = [
  { name: "Lists and search", test: (url: string) => !/^\/(postmortems|patterns|limits)\/./.test(url) },
  { name: "Postmortems", test: (url: string) => url.startsWith("/postmortems/") },
  { name: "Failure patterns", test: (url: string) => url.startsWith("/patterns/") },
  { name: "Limits", test: (url: string) => url.startsWith("/limits/") },
];

async function listCopies(): Promise<SavedPage[]> {
  const pages = new Map<string, SavedPage>();
  for (const name of [savedCache, visitedCache]) {
    const cache = await caches.open(name);
    for (const key of await cache.keys()) {
      const url = new URL(key.url);
      const path = url.pathname + url.search;
      if (path === snapshotKey || path === summaryKey) continue;
      const response = await cache.match(key);
      if (!response) continue;
      const page = {
        url: path,
        title: copyTitle(response).replace(/ · Hindsight$/, "") || path,
        savedAt: savedAt(response),
      };
      const known = pages.get(path);
      if (!known || known.savedAt < page.savedAt) pages.set(path, page);
    }
  }
  return [...pages.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/** Every page this browser has a copy of, grouped; plain links, so that offline they open from the copy at once. */
export function SavedPages() {
  const [pages, setPages] = useState<SavedPage[] | null>(null);
  useEffect(() => {
    void listCopies()
      .then(setPages)
      .catch(() => setPages([]));
  }, []);

  if (pages === null) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Looking for saved pages…</p>;
  if (!pages.length)
    return (
      <EmptyState>
        Nothing is saved on this browser yet. When the network is back, use “Save for offline” at the foot of any page.
      </EmptyState>
    );
  return (
    <div className="space-y-6">
      {groups.map(({ name, test }) => {
        const inGroup = pages.filter((page) => test(page.url));
        if (!inGroup.length) return null;
        return (
          <section key={name} aria-label={`Saved ${name.toLowerCase()}`}>
            <h2 className="text-lg font-semibold">
              {name} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({inGroup.length})</span>
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {inGroup.map((page) => (
                <li key={page.url}>
                  {/* A plain link: offline, the browser asks the service worker, which answers from the copy. */}
                  <a href={page.url} className={textLinkClass()}>
                    {page.title}
                  </a>{" "}
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">saved {describeAge(page.savedAt)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
