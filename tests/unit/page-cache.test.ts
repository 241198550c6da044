import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { cachedRoute, homeFilterKey, homeQueryOf, liveRoute, publicPathOf } from "@/lib/cache/cached-routes";
import PageCacheHandler from "@/lib/cache/page-cache-handler.mjs";
import { readingPageCacheControl } from "@/lib/http/cache-control";

const page = (path: string, html = `<html>${path}</html>`) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_${path}` },
  status: 200,
});

describe("the page cache store", () => {
  const cache = new PageCacheHandler();

  test("keeps a page until one of its tags is invalidated", async () => {
    assert.equal(await cache.get("/a"), null);
    await cache.set("/a", page("/a"), { tags: [] });
    assert.equal((await cache.get("/a"))?.value.html, "<html>/a</html>");
    await cache.revalidateTag(["_N_T_/b"]);
    assert.ok(await cache.get("/a"), "another page's tag leaves it alone");
    await cache.revalidateTag("_N_T_/a");
    assert.equal(await cache.get("/a"), null);
  });

  test("a render that began before an invalidation is not kept (it read the database before the write)", async () => {
    assert.equal(await cache.get("/race"), null); // the miss: a render starts now
    await new Promise((resolve) => setTimeout(resolve, 2));
    await cache.revalidateTag(["_N_T_/race"]); // a write lands while it renders
    await cache.set("/race", page("/race", "<html>old</html>"), { tags: [] });
    assert.equal(await cache.get("/race"), null);
    // The next render (after the write) is kept.
    await cache.set("/race", page("/race", "<html>new</html>"), { tags: [] });
    assert.equal((await cache.get("/race"))?.value.html, "<html>new</html>");
  });

  test("a tag invalidated for every page of a route (the layout) drops them all", async () => {
    await cache.set("/x", page("/x"), { tags: [] });
    await cache.set("/y", page("/y"), { tags: [] });
    await cache.revalidateTag(["_N_T_/layout"]);
    assert.equal(await cache.get("/x"), null);
    assert.equal(await cache.get("/y"), null);
  });
});

describe("reading pages' addresses", () => {
  const q = (search: string) => new URLSearchParams(search);

  test("home with its filters, in one order, ignoring parameters it does not use", () => {
    assert.equal(cachedRoute("/", q("")), "/home/all");
    assert.equal(cachedRoute("/", q("utm_source=x")), "/home/all");
    assert.equal(cachedRoute("/", q("origin=own&tag=dns")), cachedRoute("/", q("tag=dns&origin=own")));
    assert.equal(homeFilterKey(q("tag=dns&origin=own")), "tag=dns&origin=own");
    assert.deepEqual(homeQueryOf("tag=dns&origin=own"), { tag: "dns", origin: "own" });
    assert.deepEqual(homeQueryOf("all"), {});
    // As Next passes the segment: still percent-encoded.
    assert.deepEqual(homeQueryOf("tag%3Ddns%26origin%3Down"), { tag: "dns", origin: "own" });
    assert.deepEqual(homeQueryOf(cachedRoute("/", q("tag=50%25"))!.slice(6)), { tag: "50%" });
    assert.deepEqual(homeQueryOf(decodeURIComponent(cachedRoute("/", q("tag=a%26b"))!.slice(6))), { tag: "a&b" });
  });

  test("the lists and a pattern's ?origin=; anything else is served as it is", () => {
    assert.equal(cachedRoute("/patterns", q("")), "/lists/patterns");
    assert.equal(cachedRoute("/limits/", q("")), "/lists/limits");
    assert.equal(cachedRoute("/patterns/dns-loss", q("origin=public")), "/patterns/dns-loss/public");
    assert.equal(cachedRoute("/patterns/dns-loss", q("origin=mars")), null);
    assert.equal(cachedRoute("/patterns/dns-loss", q("")), null);
    assert.equal(cachedRoute("/postmortems/x", q("origin=own")), null);
    assert.equal(cachedRoute("/search", q("q=dns")), null);
  });

  test("each internal route's public path (what the reader sees in the address bar)", () => {
    for (const [path, search] of [
      ["/", "tag=dns"],
      ["/", ""],
      ["/patterns", ""],
      ["/limits", ""],
      ["/patterns/dns-loss", "origin=own"],
    ] as const) {
      assert.equal(publicPathOf(cachedRoute(path, q(search))!), path);
    }
    assert.equal(publicPathOf("/postmortems/x"), "/postmortems/x");
    assert.equal(publicPathOf(liveRoute("/", q("tag=dns"))!), "/");
  });

  test("with the cache off, every reading page goes to its twin rendered per request; other pages do not", () => {
    assert.equal(liveRoute("/", q("")), "/live/home/all");
    assert.equal(liveRoute("/postmortems/x", q("")), "/live/postmortems/x");
    assert.equal(liveRoute("/patterns/x", q("origin=own")), "/live/patterns/x/own");
    assert.equal(liveRoute("/limits/x", q("")), "/live/limits/x");
    assert.equal(liveRoute("/postmortems/x/edit", q("")), null);
    assert.equal(liveRoute("/search", q("q=a")), null);
  });

  test("browsers and proxies must ask again, never keep a cached page for Next's year", () => {
    assert.equal(readingPageCacheControl("s-maxage=31536000", false), "public, no-cache");
    assert.equal(readingPageCacheControl("s-maxage=31536000", true), "private, no-cache");
    assert.equal(readingPageCacheControl("no-store", false), "no-store");
  });
});
