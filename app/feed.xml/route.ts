// GET /feed.xml - Atom feed of the published postmortems, last changed first; ?component=<name>: those involving it
import { z } from "zod";

import { notFound } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/parse";
import { route } from "@/lib/api/route";
import { requireReader } from "@/lib/auth/require-role";
import { feedSize, renderAtomFeed } from "@/lib/feeds/atom-feed";
import { componentFeed, siteFeed } from "@/lib/feeds/feed-links";
import { feedOrigin, feedResponse } from "@/lib/feeds/feed-response";

import { listFeedPostmortems } from "@/lib/postmortems/queries";
import { optionalText } from "@/lib/validations/common";

// Rendered per request: never stale after a write (lib/feeds/feed-response.ts).
export const dynamic = "force-dynamic";

const feedQuerySchema = z.object({ component: optionalText(200) });

export const GET = route(async (request) => {
  await requireReader(request);
  const { component } = parseQuery(request, feedQuerySchema);
  const postmortems = await listFeedPostmortems({ component }, feedSize);
  if (component && !postmortems.length)
    throw notFound(`No published postmortem involves the component “${component}”.`);
  const xml = renderAtomFeed({
    origin: feedOrigin(request),
    self: component ? componentFeed(component).url : siteFeed.url,
    page: component ? `/?component=${encodeURIComponent(component)}` : "/",
    title: component ? componentFeed(component).title : siteFeed.title,
    subtitle: component
      ? `Published postmortems involving ${component}, last changed first.`
      : "Published postmortems, last changed first.",
    postmortems,
  });
  return feedResponse(request, xml);
});
