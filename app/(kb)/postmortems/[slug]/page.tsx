import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { PostmortemArticle } from "@/components/postmortem/postmortem-article";
import { getPostmortemBySlug } from "@/lib/postmortems/queries";
import { getRelatedPostmortems } from "@/lib/postmortems/related";
import { noPagesAtBuild } from "@/lib/cache/reading-pages";

type Props = { params: Promise<{ slug: string }> };

// One cached copy for everyone (lib/cache/reading-pages.ts): rendered on its first visit, kept until a write
// invalidates it. force-static: no cookie or header reaches it, so nothing about a user can end up in it.
export const dynamic = "force-static";
export const generateStaticParams = noPagesAtBuild;

// generateMetadata and the page share one query per render.
const loadPostmortem = cache(getPostmortemBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pm = await loadPostmortem((await params).slug);
  return pm ? { title: pm.title, description: pm.summary } : { title: "Postmortem not found" };
}

export default async function PostmortemPage({ params }: Props) {
  const pm = await loadPostmortem((await params).slug);
  if (!pm) notFound();
  return <PostmortemArticle pm={pm} related={await getRelatedPostmortems(pm.id)} />;
}
