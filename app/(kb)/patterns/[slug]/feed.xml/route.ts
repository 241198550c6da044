// GET /patterns/<slug>/feed.xml - Atom feed of the published postmortems of one failure pattern (404: no such pattern)
import { notFound } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/parse";
import { route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { feedSize, renderAtomFeed } from "@/lib/feeds/atom-feed";
import { patternFeed } from "@/lib/feeds/feed-links";
import { feedOrigin, feedResponse } from "@/lib/feeds/feed-response";

import { findPatternName } from "@/lib/patterns/queries";
import { listFeedPostmortems } from "@/lib/postmortems/queries";
import { slugSchema } from "@/lib/validations/common";
import { z } from "zod";

// Rendered per request, unlike the pattern page beside it: never stale after a write.
export const dynamic = "force-dynamic";

export const GET = route<{ slug: string }>(async (request, params) => {
  await requireReader(request);
  const { slug } = parseParams(params, z.object({ slug: slugSchema }));
  const pattern = await findPatternName(slug);
  if (!pattern) throw notFound(`There is no failure pattern “${slug}”.`);
  const feed = patternFeed(pattern.slug, pattern.name);
  const xml = renderAtomFeed({
    origin: feedOrigin(request),
    self: feed.url,
    page: `/patterns/${pattern.slug}`,
    title: feed.title,
    subtitle: `Published postmortems of the failure pattern ${pattern.name}, last changed first.`,
    postmortems: await listFeedPostmortems({ pattern: pattern.slug }, feedSize),
  });
  return feedResponse(request, xml);
});
