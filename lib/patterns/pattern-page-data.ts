import "server-only";

import type { Metadata } from "next";
import { cache } from "react";

import { feedAlternates, patternFeed } from "@/lib/feeds/feed-links";

import { getPatternBySlug } from "./queries";

/** generateMetadata and the page share one query per render. */
export const loadPattern = cache(getPatternBySlug);

export async function patternMetadata(slug: string): Promise<Metadata> {
  const pattern = await loadPattern(slug);
  return pattern
    ? {
        title: pattern.name,
        description: pattern.summary,
        alternates: feedAlternates(patternFeed(pattern.slug, pattern.name)),
      }
    : { title: "Pattern not found" };
}
