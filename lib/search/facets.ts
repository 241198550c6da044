import "server-only";

import { readDb } from "@/lib/db";

export interface SearchFacets {
  providers: string[];
  platforms: string[];
  years: number[];
}

/** The values the search filters offer, from published postmortems. */
export async function getSearchFacets(): Promise<SearchFacets> {
  const rows = await readDb.$queryRaw<
    Array<{ providers: string[] | null; platforms: string[] | null; years: number[] | null }>
  >`
    SELECT
      array_agg(DISTINCT cloud_provider ORDER BY cloud_provider) FILTER (WHERE cloud_provider IS NOT NULL) AS providers,
      array_agg(DISTINCT platform ORDER BY platform) FILTER (WHERE platform IS NOT NULL) AS platforms,
      array_agg(DISTINCT year ORDER BY year) FILTER (WHERE year IS NOT NULL) AS years
    FROM (
      SELECT cloud_provider, platform,
        coalesce(extract(year FROM occurred_on), extract(year FROM started_at AT TIME ZONE time_zone))::int AS year
      FROM postmortems WHERE status = 'published'
    ) published`;
  const row = rows[0];
  return { providers: row?.providers ?? [], platforms: row?.platforms ?? [], years: row?.years ?? [] };
}
