import assert from "node:assert/strict";
import { test } from "node:test";

import { nameInPath } from "@/lib/http/requested-path";
import { renderInlineMarkdown } from "@/lib/markdown/render";

test("a card summary keeps inline code and emphasis", () => {
  assert.equal(
    renderInlineMarkdown("Kong logged `connect() failed` and **no** traffic"),
    "Kong logged <code>connect() failed</code> and <strong>no</strong> traffic",
  );
});

test("a card summary's links and images become text, so nothing nests inside the card's link", () => {
  assert.equal(renderInlineMarkdown("see [the docs](https://example.com) ![x](y.png)"), "see the docs");
  assert.doesNotMatch(renderInlineMarkdown("[x](javascript:alert(1))"), /<a|javascript/);
});

test("a card summary drops raw HTML and joins paragraphs into one line", () => {
  assert.equal(renderInlineMarkdown('<img src=x onerror="alert(1)"> one\n\ntwo'), "one two");
  assert.equal(renderInlineMarkdown("<script>alert(1)</script>"), "");
});

test("a missing page's address names the postmortem slug, or its last segment", () => {
  assert.equal(nameInPath("/postmortems/cce-elb-quota"), "cce-elb-quota");
  assert.equal(nameInPath("/postmortems/cce-elb-quota/history"), "cce-elb-quota");
  assert.equal(nameInPath("/no/such-page"), "such-page");
  assert.equal(nameInPath("/postmortems/%E0%A4%A"), "");
  assert.equal(nameInPath(null), "");
});
