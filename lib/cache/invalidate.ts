// No "server-only": content:import reaches it from scripts through writeWithRevision (and does nothing there).
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";

import { clusterChannel } from "@/lib/cluster/channel";

import type { PagesShowing } from "./pages-showing";
import { warmPages } from "./warm";

/**
 * Drops cached reading pages (lib/cache/page-cache-handler.mjs holds them) in
 * the request that wrote what they show; the next visit renders them again.
 * Paths are the internal routes of lib/cache/cached-routes.ts. Home (every
 * filter) and the two lists go with any write: each shows every postmortem.
 *
 * Outside a request of the Next server (the content import run from the
 * command line) there is no page cache in the process: nothing to do.
 */
export function invalidatePages(pages: PagesShowing): void {
  if (!inNextRequest()) return;
  for (const slug of pages.postmortems) revalidatePath(`/postmortems/${slug}`);
  for (const slug of pages.patterns) {
    revalidatePath(`/patterns/${slug}`);
    revalidatePath(`/patterns/${slug}/own`);
    revalidatePath(`/patterns/${slug}/public`);
  }
  for (const id of pages.limits) revalidatePath(`/limits/${id}`);
  revalidatePath("/(kb)/home/[filter]", "page");
  revalidatePath("/(kb)/lists/[list]", "page");
  // Rendered again once the answer has gone, so the cache (the outage copy) does not wait for readers;
  // the other instances (lib/cluster/channel.ts) render theirs too.
  const paths = [
    ...pages.postmortems.map((slug) => `/postmortems/${slug}`),
    ...pages.patterns.map((slug) => `/patterns/${slug}`),
    ...pages.limits.map((id) => `/limits/${id}`),
    "/",
    "/patterns",
    "/limits",
  ];
  after(async () => {
    warmPages(paths);
    await clusterChannel()
      ?.publish({ type: "warm", paths })
      .catch(() => undefined);
  });
}

/** Every cached page (a content import may change any of them). */
export function invalidateAllPages(): void {
  if (inNextRequest()) revalidatePath("/", "layout");
}

const inNextRequest = () => Boolean(workAsyncStorage.getStore()?.incrementalCache);
