/**
 * The reading pages (home, postmortems, patterns, limits) are served from
 * Next's full-route cache: each is rendered on its first visit and kept until
 * a write invalidates it (invalidate.ts). None is rendered at build time:
 * the build has no database, and the content is imported after it.
 */
export async function noPagesAtBuild(): Promise<Array<Record<string, string>>> {
  return [];
}
