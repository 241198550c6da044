// The search engine that runs over a saved snapshot in the browser (the same
// normalising and ranking as /api/search, from lib/search). This file is the one
// place the offline search learns which engine it has; null: this build has none.
import { searchSnapshot } from "@/lib/search/memory/browser-search";
import type { SearchResponse } from "@/lib/search/types";
import type { SearchParams } from "@/lib/validations/search";

// The snapshot's shape is the engine's own: read back from JSON, handed over as it was saved.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SnapshotEngine = (snapshot: any, params: SearchParams) => SearchResponse | Promise<SearchResponse>;

export const snapshotEngine: SnapshotEngine | null = searchSnapshot;
