/**
 * Renders reading pages into the page cache ahead of readers, one at a time:
 * every page at start (scripts/serve.ts) and, after a write, the pages it
 * invalidated (lib/cache/invalidate.ts). A page in the cache is also the copy
 * that answers while the database is away, so the cache should not wait for a
 * reader to ask. Requests go to this process's own server (HINDSIGHT_SELF_URL,
 * set by scripts/serve.ts). HINDSIGHT_WARM_PAGES=false turns it off.
 *
 * No server-only imports: scripts/serve.ts runs this outside the bundle. The
 * queue is on globalThis, shared by both copies of this module in the process.
 */
interface Warmer {
  queue: string[];
  queued: Set<string>;
  running: boolean;
}

const key = Symbol.for("hindsight.page-warmer");
const warmer = ((globalThis as Record<symbol, Warmer | undefined>)[key] ??= {
  queue: [],
  queued: new Set(),
  running: false,
});

export const warmingEnabled = (env: Record<string, string | undefined> = process.env) =>
  !/^(false|0|no|off)$/i.test(env.HINDSIGHT_WARM_PAGES?.trim() ?? "") && Boolean(env.HINDSIGHT_SELF_URL);

/** Queues public paths (e.g. "/postmortems/x") to be rendered; each is asked once however often it is queued. */
export function warmPages(paths: string[]): void {
  if (!warmingEnabled()) return;
  for (const path of paths) {
    if (warmer.queued.has(path)) continue;
    warmer.queued.add(path);
    warmer.queue.push(path);
  }
  if (!warmer.running) void drain();
}

async function drain() {
  warmer.running = true;
  const base = process.env.HINDSIGHT_SELF_URL!;
  try {
    for (let path = warmer.queue.shift(); path !== undefined; path = warmer.queue.shift()) {
      warmer.queued.delete(path);
      try {
        const response = await fetch(`${base}${path}`, { headers: { "x-hindsight-warm": "1" } });
        await response.arrayBuffer();
      } catch {
        // The server is stopping, or the page failed: a reader will render it.
      }
    }
  } finally {
    warmer.running = false;
  }
}

/** How many pages are waiting to be rendered (the one being rendered included). */
export function warmingPending(): number {
  return warmer.queue.length + (warmer.running ? 1 : 0);
}

/** At start: every reading page, from the server's own list (GET /api/pages). */
export async function warmAllPages(): Promise<number> {
  if (!warmingEnabled()) return 0;
  const response = await fetch(`${process.env.HINDSIGHT_SELF_URL}/api/pages`);
  if (!response.ok) return 0;
  const { pages } = (await response.json()) as { pages: Array<{ path: string }> };
  warmPages(pages.map((p) => p.path));
  return pages.length;
}
