import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LimitsIndex } from "@/components/limits/limits-index";
import { PatternsIndex } from "@/components/patterns/patterns-index";
import { noPagesAtBuild } from "@/lib/cache/reading-pages";

// /patterns and /limits (rewritten here by proxy.ts, lib/cache/cached-routes.ts), cached like every reading page.
export const dynamic = "force-static";
export const generateStaticParams = noPagesAtBuild;

const lists = {
  patterns: { title: "Failure patterns", Page: PatternsIndex },
  limits: { title: "Limits and quotas", Page: LimitsIndex },
} as const;

type Props = { params: Promise<{ list: string }> };

const listOf = (name: string) => (Object.hasOwn(lists, name) ? lists[name as keyof typeof lists] : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = listOf((await params).list);
  return { title: list?.title ?? "Not found" };
}

export default async function ListPage({ params }: Props) {
  const list = listOf((await params).list);
  if (!list) notFound();
  return <list.Page />;
}
