// The read URL of a draft or a postmortem in review, for who may see it. proxy.ts sends a
// signed-in reader of /postmortems/<slug> here when that postmortem is not published; everyone
// else, and every published postmortem, gets the cached page. Per request, never cached: it
// checks the session each time. Asked for directly it shows nothing more: a published
// postmortem is a 404 here (its page is the cached one), and so is a draft for who may not read it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { PostmortemArticle } from "@/components/postmortem/postmortem-article";
import { CommentsPanel } from "@/components/review/comments-panel";
import { UnpublishedBanner } from "@/components/review/unpublished-banner";
import { getCurrentUser } from "@/lib/auth/current-user";
import { publishWarnings } from "@/lib/postmortems/publish-warnings";
import { getReadablePostmortemBySlug } from "@/lib/postmortems/queries";
import { getRelatedPostmortems } from "@/lib/postmortems/related";

type Props = { params: Promise<{ slug: string }> };

export const dynamic = "force-dynamic";

const load = cache(async (slug: string) => {
  const user = await getCurrentUser();
  return { user, pm: await getReadablePostmortemBySlug(slug, user) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pm } = await load((await params).slug);
  return pm ? { title: pm.title, description: pm.summary } : { title: "Postmortem not found" };
}

export default async function UnpublishedPostmortemPage({ params }: Props) {
  const { user, pm } = await load((await params).slug);
  // Nobody, or a viewer: the same 404 as the cached page gives, so a draft's slug does not leak.
  if (!pm || !user || pm.status === "published") notFound();
  const related = await getRelatedPostmortems(pm.id);
  return (
    <div className="space-y-6">
      <UnpublishedBanner
        slug={pm.slug}
        status={pm.status}
        version={pm.version}
        role={user.role}
        warnings={publishWarnings(pm)}
      />
      <div className="gap-8 2xl:grid 2xl:grid-cols-[minmax(0,1fr)_22rem]">
        <PostmortemArticle pm={pm} related={related} />
        <aside aria-label="Review" className="mt-8 2xl:sticky 2xl:top-4 2xl:mt-0 2xl:self-start">
          <CommentsPanel slug={pm.slug} userName={user.name} role={user.role} />
        </aside>
      </div>
    </div>
  );
}
