import assert from "node:assert/strict";
import { test } from "node:test";

import { indexHref, parseIndexQuery, sortedBy } from "@/lib/validations/postmortem-index";

test("an index address parses to its query and back to the same, shortest address", () => {
  for (const href of [
    "/postmortems",
    "/postmortems?sort=ttr",
    "/postmortems?sort=ttr&dir=desc&pattern=dns-failure&page=3",
    "/postmortems?dir=asc&severity=SEV1&provider=AWS&platform=EKS&component=kube-dns&tag=dns&status=draft",
  ]) {
    const { query, notices } = parseIndexQuery(Object.fromEntries(new URL(href, "http://x").searchParams));
    assert.deepEqual(notices, [], href);
    assert.equal(indexHref(query), href);
  }
  // Defaults are left out: date is newest first, page 1 has no number.
  assert.equal(indexHref(parseIndexQuery({ sort: "date", dir: "desc", page: "1" }).query), "/postmortems");
});

test("a header sorts by its column in its natural direction, then the other way, back on page 1", () => {
  const { query } = parseIndexQuery({ page: "4", tag: "dns" });
  const byTtr = sortedBy(query, "ttr");
  assert.equal(indexHref(byTtr), "/postmortems?sort=ttr&tag=dns");
  assert.equal(indexHref(sortedBy(byTtr, "ttr")), "/postmortems?sort=ttr&dir=desc&tag=dns");
  assert.equal(indexHref(sortedBy(query, "date")), "/postmortems?dir=asc&tag=dns");
});

test("values that make no sense fall back to the default and are named, never thrown", () => {
  const { query, notices } = parseIndexQuery({
    sort: "bogus",
    dir: "up",
    page: "-1",
    severity: "SEV9",
    status: "deleted",
    component: "x".repeat(201),
  });
  assert.deepEqual(query, { sort: "date", dir: "desc", page: 1, filters: {} });
  assert.equal(notices.length, 6);
  for (const page of ["0", "1.5", "abc", "9999999"]) assert.equal(parseIndexQuery({ page }).query.page, 1, page);
  assert.equal(parseIndexQuery({ page: ["2", "3"] }).query.page, 2, "the first of a repeated parameter");
});
