import "server-only";

import { createHash } from "node:crypto";

import type { SearchSnapshot } from "../memory/snapshot";

/** The snapshot as sent to browsers, serialised and hashed once per snapshot. */
const bodies = new WeakMap<SearchSnapshot, { body: string; etag: string }>();

export function snapshotBody(snapshot: SearchSnapshot): { body: string; etag: string } {
  let entry = bodies.get(snapshot);
  if (!entry) {
    const body = JSON.stringify(snapshot);
    entry = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
    bodies.set(snapshot, entry);
  }
  return entry;
}

/** HINDSIGHT_OFFLINE=false turns the browser's offline search (and this download) off: the one rule, lib/offline/enabled.ts. */
export { offlineEnabled } from "@/lib/offline/enabled";
