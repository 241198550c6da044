import assert from "node:assert/strict";
import { test } from "node:test";

import { describeAge, formatBytes, savedWhen } from "@/components/offline/copy-age";
import { isShareable } from "@/components/offline/public-copy";
import { copyKey, isPublicReadingPage } from "@/components/offline/public-pages";
import { offlineEnabled } from "@/lib/offline/enabled";

test("only the public reading pages may have an offline copy", () => {
  for (const path of [
    "/",
    "/postmortems/cce-elb",
    "/patterns",
    "/patterns/lb-quota",
    "/limits",
    "/limits/x",
    "/search",
  ])
    assert.equal(isPublicReadingPage(path), true, path);
  for (const path of [
    "/postmortems/new",
    "/postmortems/cce-elb/edit",
    "/postmortems/cce-elb/history",
    "/postmortems/cce-elb/proposals/1",
    "/admin/users",
    "/settings/tokens",
    "/sign-in",
    "/sign-up",
    "/setup",
    "/offline",
    "/api/search",
    "/postmortems",
  ])
    assert.equal(isPublicReadingPage(path), false, path);
});

test("one copy of the search page serves every query; other pages keep their query string", () => {
  assert.equal(copyKey(new URL("http://h/search?q=ELB.8905&kind=postmortem")), "/search");
  assert.equal(copyKey(new URL("http://h/?pattern=lb-quota")), "/?pattern=lb-quota");
});

test("a signed-in answer is shareable only when the server says every reader gets it", () => {
  const page = (cacheControl: string) =>
    Object.defineProperty(
      new Response("<html></html>", { headers: { "content-type": "text/html", "cache-control": cacheControl } }),
      "type",
      { value: "basic" },
    );
  assert.equal(isShareable(page("s-maxage=31536000, stale-while-revalidate")), true);
  assert.equal(isShareable(page("private, no-cache, no-store, max-age=0, must-revalidate")), false);
  assert.equal(isShareable(page("no-store")), false);
  assert.equal(isShareable(page("private, max-age=60")), false);
});

test("HINDSIGHT_OFFLINE is on unless it says false", () => {
  assert.equal(offlineEnabled({}), true);
  assert.equal(offlineEnabled({ HINDSIGHT_OFFLINE: "true" }), true);
  for (const off of ["false", "FALSE", "0", "no", "off", " false "])
    assert.equal(offlineEnabled({ HINDSIGHT_OFFLINE: off }), false, off);
});

test("a copy's age reads as a person says it, with the local date", () => {
  const now = new Date(2026, 11, 1, 14, 2);
  assert.equal(describeAge(new Date(2026, 11, 1, 14, 1, 30), now), "just now (2026-12-01 14:01)");
  assert.equal(describeAge(new Date(2026, 11, 1, 11, 0), now), "3 hours ago (2026-12-01 11:00)");
  assert.equal(describeAge(new Date(2026, 10, 30, 9, 5), now), "yesterday (2026-11-30 09:05)");
  assert.equal(savedWhen(new Date(2026, 11, 1, 13, 50), now), "13:50 (12 minutes ago)");
  assert.equal(savedWhen(new Date(2026, 10, 29, 8, 0), now), "2026-11-29 08:00 (2 days ago)");
  assert.equal(formatBytes(3.1 * 1024 * 1024), "3.1 MB");
  assert.equal(formatBytes(2048), "2 kB");
});
