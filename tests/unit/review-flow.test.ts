import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { waited } from "@/components/review/waited";
import { postmortemSlugOf, publicPathOf, unpublishedRoute } from "@/lib/cache/cached-routes";
import { publishWarnings } from "@/lib/postmortems/publish-warnings";

// Issue 14, item 4: the rules behind the review flow, without a server.

describe("publish warnings", () => {
  test("name each empty part a reader needs at 3 a.m.: root cause, resolution, timeline", () => {
    assert.deepEqual(
      publishWarnings({ rootCause: "  \n", resolution: "", timeline: [] }).map((w) => w.field),
      ["rootCause", "resolution", "timeline"],
    );
    assert.deepEqual(publishWarnings({ rootCause: "A leak.", resolution: "Restarted.", timeline: [{}] }), []);
  });
});

describe("the read URL of a draft", () => {
  test("only a postmortem's own address has a slug (not the editor's, not /postmortems/new)", () => {
    assert.equal(postmortemSlugOf("/postmortems/dns-drain"), "dns-drain");
    assert.equal(postmortemSlugOf("/postmortems/dns-drain/"), "dns-drain");
    for (const path of ["/postmortems/new", "/postmortems/dns-drain/edit", "/postmortems", "/patterns/x"]) {
      assert.equal(postmortemSlugOf(path), null, path);
    }
  });

  test("the per-request page is named by its public address (the main nav marks Postmortems)", () => {
    assert.equal(publicPathOf(unpublishedRoute("dns-drain")), "/postmortems/dns-drain");
  });
});

describe("how long a postmortem has waited", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  test("in the largest whole unit", () => {
    assert.deepEqual(
      [0, 1, 59, 60, 61 * 2, 60 * 24, 60 * 24 * 9].map((m) => waited(ago(m), now)),
      ["just now", "1 minute", "59 minutes", "1 hour", "2 hours", "1 day", "9 days"],
    );
  });
});
