import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PatternPage } from "@/components/patterns/pattern-page";
import { noPagesAtBuild } from "@/lib/cache/reading-pages";
import { loadPattern, patternMetadata } from "@/lib/patterns/pattern-page-data";
import { parseOriginFilter } from "@/lib/validations/postmortem";

// /patterns/<slug>?origin=own|public, rewritten here by proxy.ts (lib/cache/cached-routes.ts).
export const dynamic = "force-static";
export const generateStaticParams = noPagesAtBuild;

type Props = { params: Promise<{ slug: string; origin: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return patternMetadata((await params).slug);
}

export default async function PatternOriginPage({ params }: Props) {
  const { slug, origin: originParam } = await params;
  const origin = parseOriginFilter(originParam);
  const pattern = origin ? await loadPattern(slug) : null;
  if (!pattern) notFound();
  return <PatternPage pattern={pattern} origin={origin} />;
}
