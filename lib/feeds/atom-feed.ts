import { Feed } from "feed";

import type { FeedPostmortem } from "@/lib/postmortems/queries";

/** How many postmortems a feed holds: the newest changes, enough for a reader that polls daily. */
export const feedSize = 50;

export interface AtomFeedInput {
  /** the site's origin, for absolute links: https://hindsight.example */
  origin: string;
  /** the feed's own address, from the origin: /feed.xml, /patterns/x/feed.xml */
  self: string;
  /** the page the feed follows: /, /patterns/x, /?component=dns */
  page: string;
  title: string;
  subtitle: string;
  postmortems: FeedPostmortem[];
}

/** An Atom 1.0 document (the `feed` package writes and escapes it). */
export function renderAtomFeed(input: AtomFeedInput): string {
  const absolute = (path: string) => new URL(path, input.origin).toString();
  const newest = input.postmortems[0]?.updatedAt ?? new Date(0);
  const feed = new Feed({
    title: input.title,
    description: input.subtitle,
    id: absolute(input.self),
    link: absolute(input.page),
    language: "en",
    updated: newest,
    generator: "Hindsight",
    copyright: "",
    feedLinks: { atom: absolute(input.self) },
  });
  for (const pm of input.postmortems) {
    const link = absolute(`/postmortems/${pm.slug}`);
    feed.addItem({
      title: pm.title,
      id: link,
      link,
      description: pm.summary,
      date: pm.updatedAt,
      published: pm.createdAt,
      author: pm.authors.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}
