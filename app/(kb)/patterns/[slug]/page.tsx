import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PatternPage } from "@/components/patterns/pattern-page";
import { noPagesAtBuild } from "@/lib/cache/reading-pages";
import { loadPattern, patternMetadata } from "@/lib/patterns/pattern-page-data";

// Cached for everyone until a write invalidates it (lib/cache/); ?origin= is ./[origin].
export const dynamic = "force-static";
export const generateStaticParams = noPagesAtBuild;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return patternMetadata((await params).slug);
}

export default async function PatternDetailPage({ params }: Props) {
  const pattern = await loadPattern((await params).slug);
  if (!pattern) notFound();
  return <PatternPage pattern={pattern} />;
}
