import type { Metadata } from "next";

// The <link rel="alternate" type="application/atom+xml"> of a page. These depend only on the address
// (never on the reader), so a cached page may carry them.

export const siteFeed = { url: "/feed.xml", title: "Hindsight: published postmortems" };

export const patternFeed = (slug: string, name: string) => ({
  url: `/patterns/${encodeURIComponent(slug)}/feed.xml`,
  title: `Hindsight: ${name}`,
});

export const componentFeed = (component: string) => ({
  url: `/feed.xml?component=${encodeURIComponent(component)}`,
  title: `Hindsight: postmortems involving ${component}`,
});

type FeedLink = { url: string; title: string };

/** `alternates` for a page's metadata: the site's feed, then any narrower ones. */
export function feedAlternates(...narrower: FeedLink[]): NonNullable<Metadata["alternates"]> {
  return { types: { "application/atom+xml": [siteFeed, ...narrower] } };
}
