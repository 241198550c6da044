import type { Metadata } from "next";

import { parseHomeFilter } from "@/components/home/home-filter";
import { HomePage } from "@/components/home/home-page";
import { homeQueryOf } from "@/lib/cache/cached-routes";
import { noPagesAtBuild } from "@/lib/cache/reading-pages";
import { componentFeed, feedAlternates } from "@/lib/feeds/feed-links";

// "/" and "/?tag=…" (rewritten here by proxy.ts, lib/cache/cached-routes.ts): one cached copy per filter.
export const dynamic = "force-static";
export const generateStaticParams = noPagesAtBuild;

type Props = { params: Promise<{ filter: string }> };

// The feeds depend on the address only, like everything on a cached page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { component } = parseHomeFilter(homeQueryOf((await params).filter));
  return { alternates: feedAlternates(...(component ? [componentFeed(component)] : [])) };
}

export default async function Home({ params }: Props) {
  return <HomePage filter={parseHomeFilter(homeQueryOf((await params).filter))} />;
}
