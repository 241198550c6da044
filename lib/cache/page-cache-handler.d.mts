// Types for page-cache-handler.mjs (plain JavaScript, which Next loads at run time).
export interface CachedEntry {
  value: { kind: string; html?: string; [key: string]: unknown };
  lastModified: number;
  cacheControl?: unknown;
}

export default class PageCacheHandler {
  constructor(options?: unknown);
  get(key: string, ctx?: unknown): Promise<CachedEntry | null>;
  set(
    key: string,
    value: CachedEntry["value"] | null,
    ctx?: { tags?: string[]; cacheControl?: unknown },
  ): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

export function pageCacheStats(): {
  hits: number;
  misses: number;
  sets: number;
  dropped: number;
  invalidations: number;
  entries: number;
  bytes: number;
};
