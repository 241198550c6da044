import { createHash } from "node:crypto";

import { ownOrigin } from "@/lib/auth/auth";
import { loginRequired } from "@/lib/auth/login-required";

/** The origin of a feed's links: the configured public URL (BETTER_AUTH_URL), else the one the reader used. */
export function feedOrigin(request: Request): string {
  const configured = process.env.BETTER_AUTH_URL?.trim();
  return configured ? new URL(configured).origin : ownOrigin(request);
}

/**
 * A feed is rendered on every request (never from the page cache, so never
 * stale after a write). `no-cache` makes a reader or proxy ask again each
 * time; the ETag lets it hear "304 Not Modified" when nothing changed.
 */
export function feedResponse(request: Request, xml: string): Response {
  const etag = `"${createHash("sha256").update(xml).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "content-type": "application/atom+xml; charset=utf-8",
    "cache-control": loginRequired() ? "private, no-cache" : "public, no-cache",
    etag,
  };
  const asked = request.headers.get("if-none-match");
  if (asked && asked.split(",").some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { status: 200, headers });
}
