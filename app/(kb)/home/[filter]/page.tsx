import { parseHomeFilter } from "@/components/home/home-filter";
import { HomePage } from "@/components/home/home-page";
import { homeQueryOf } from "@/lib/cache/cached-routes";
import { noPagesAtBuild } from "@/lib/cache/reading-pages";

// "/" and "/?tag=…" (rewritten here by proxy.ts, lib/cache/cached-routes.ts): one cached copy per filter.
export const dynamic = "force-static";
export const generateStaticParams = noPagesAtBuild;

export default async function Home({ params }: { params: Promise<{ filter: string }> }) {
  return <HomePage filter={parseHomeFilter(homeQueryOf((await params).filter))} />;
}
