import "server-only";

import { createHash } from "node:crypto";

import type { SearchSnapshot } from "../memory/snapshot";

/**
 * The snapshot as sent to browsers, serialised and hashed once per snapshot.
 * The ETag is a hash of what it holds (the index version and the documents),
 * not of when it was taken: every instance holding the same documents answers
 * with the same ETag, so a browser does not download it again per instance.
 */
const bodies = new WeakMap<SearchSnapshot, { body: string; etag: string }>();

export function snapshotBody(snapshot: SearchSnapshot): { body: string; etag: string } {
  let entry = bodies.get(snapshot);
  if (!entry) {
    const body = JSON.stringify(snapshot);
    const held = JSON.stringify([snapshot.indexVersion, snapshot.documents]);
    entry = { body, etag: `"${createHash("sha256").update(held).digest("base64url").slice(0, 27)}"` };
    bodies.set(snapshot, entry);
  }
  return entry;
}

/** HINDSIGHT_OFFLINE=false turns the browser's offline search (and this download) off: the one rule, lib/offline/enabled.ts. */
export { offlineEnabled } from "@/lib/offline/enabled";
