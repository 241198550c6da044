import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { setStatus, writeDraft } from "../helpers/drafts";
import { caller, type Signed } from "../helpers/http";
import { engine } from "../helpers/test-database";
import { signedInUser } from "../helpers/users";

// Issue 14, item 4: a review flow you can see. Reviewers have a queue
// (/review), authors their drafts (/drafts), and a draft's read URL shows it to
// who may see it, with a banner, while the cached page never holds it.
// Real HTTP against the built app (`next build` first).

let server: AppServer;
let call: ReturnType<typeof caller>;
let users: { author: Signed; otherAuthor: Signed; reviewer: Signed; viewer: Signed };

const published = "calico-ipvs-stale-realserver-502s";
const older = { slug: "review-flow-submitted-first", title: "Zanzibar queue submitted first" };
const newer = { slug: "review-flow-submitted-second", title: "Zanzibar queue submitted second" };
const draft = { slug: "review-flow-still-a-draft", title: "Zanzibar draft not submitted" };
let olderVersion = 0;

const page = (path: string, as?: Signed) => call("GET", path, { as });

/** The queue row of a postmortem in a page, or "" when it is not there. */
const row = (html: string, slug: string) => new RegExp(`<tr data-slug="${slug}">.*?</tr>`).exec(html)?.[0] ?? "";

before(async () => {
  buildIfNeeded();
  server = await startAppServer();
  call = caller(server.baseUrl);
  const [author, otherAuthor, reviewer, viewer] = await Promise.all(
    (["author", "author", "reviewer", "viewer"] as const).map((role) =>
      signedInUser(server.baseUrl, server.database, role),
    ),
  );
  users = { author: author!, otherAuthor: otherAuthor!, reviewer: reviewer!, viewer: viewer! };
  // Created first, submitted second: the queue goes by when each was submitted.
  const newerVersion = await writeDraft(call, users.otherAuthor, newer.slug, { title: newer.title });
  olderVersion = await writeDraft(call, users.author, older.slug, {
    title: older.title,
    extra: { authors: ["Ann Oncall"], severity: "SEV1" },
  });
  const submitted = await setStatus(call, users.otherAuthor, newer.slug, "in_review", newerVersion);
  olderVersion = await setStatus(call, users.author, older.slug, "in_review", olderVersion);
  // Saved in review after the other was submitted: its last change is newer, its place in the queue is not.
  const editing = (await call("GET", `/api/postmortems/${newer.slug}`, { as: users.otherAuthor })).body;
  const saved = await call("PUT", `/api/postmortems/${newer.slug}`, {
    as: users.otherAuthor,
    body: { version: submitted, postmortem: { ...editing.postmortem, impact: "Checkout failed for 20 minutes." } },
  });
  assert.equal(saved.status, 200, saved.text);
  for (const text of ["Which client library?", "Add the timeline."]) {
    const comment = await call("POST", `/api/postmortems/${newer.slug}/comments`, {
      as: users.reviewer,
      body: { body: text },
    });
    assert.equal(comment.status, 201, comment.text);
  }
  await writeDraft(call, users.author, draft.slug, { title: draft.title });
  // A proposed change to a published postmortem waits in the queue too.
  const current = (await call("GET", `/api/postmortems/${published}`, { as: users.author })).body;
  const proposed = await call("PUT", `/api/postmortems/${published}`, {
    as: users.author,
    body: {
      version: current.version,
      postmortem: { ...current.postmortem, impact: `${current.postmortem.impact} More.` },
    },
  });
  assert.equal(proposed.status, 202, proposed.text);
});
after(() => server?.stop());

describe(`the review queue and my drafts (${engine})`, () => {
  test("a reviewer's queue lists what is in review, submitted first on top, with authors, severity and comments", async () => {
    const { status, text } = await page("/review", users.reviewer);
    assert.equal(status, 200);
    // The one submitted first is above, though the other changed last.
    const first = text.indexOf(`data-slug="${newer.slug}"`);
    const second = text.indexOf(`data-slug="${older.slug}"`);
    assert.ok(first > 0 && second > first, `order: ${newer.slug} at ${first}, ${older.slug} at ${second}`);
    const newerRow = row(text, newer.slug);
    assert.match(newerRow, new RegExp(users.otherAuthor.name), "no authors named: who wrote it");
    assert.match(newerRow, /SEV2/);
    assert.match(newerRow, /<td class="py-2">2<\/td>/, "two review comments");
    assert.match(newerRow, /just now|minute/);
    const olderRow = row(text, older.slug);
    assert.match(olderRow, /Ann Oncall/);
    assert.match(olderRow, /SEV1/);
    assert.match(olderRow, /<td class="py-2">0<\/td>/);
    assert.equal(row(text, draft.slug), "", "a draft is not in the queue");
    assert.match(text, new RegExp(`/postmortems/${published}/proposals/[0-9a-f-]{36}`), "the pending proposal");
    assert.equal((await page("/review", users.reviewer)).headers.get("x-nextjs-cache"), null, "never cached");
  });

  test("the queue is for reviewers: a viewer or an author gets 403, nobody is sent to sign in", async () => {
    assert.equal((await page("/review", users.viewer)).status, 403);
    assert.equal((await page("/review", users.author)).status, 403);
    const anonymous = await page("/review");
    assert.equal(anonymous.status, 307);
    assert.equal(anonymous.headers.get("location"), "/sign-in?next=%2Freview");
  });

  test("my drafts lists an author's drafts and postmortems in review, nobody else's", async () => {
    const mine = await page("/drafts", users.author);
    assert.equal(mine.status, 200);
    assert.match(row(mine.text, draft.slug), /Draft/);
    assert.match(row(mine.text, older.slug), /In review/);
    assert.equal(row(mine.text, newer.slug), "");
    assert.equal(row(mine.text, published), "", "a published postmortem is not a draft");
    const theirs = await page("/drafts", users.otherAuthor);
    assert.ok(row(theirs.text, newer.slug));
    assert.equal(row(theirs.text, draft.slug), "");
    assert.equal((await page("/drafts", users.viewer)).status, 403);
  });
});

describe(`a draft at its read URL (${engine})`, () => {
  test("nobody and a viewer get 404; the author and a reviewer get the page with its banner and comments", async () => {
    const path = `/postmortems/${draft.slug}`;
    for (const as of [undefined, users.viewer]) {
      const { status, text } = await page(path, as);
      assert.equal(status, 404);
      assert.ok(!text.includes(draft.title));
    }
    for (const as of [users.author, users.reviewer]) {
      const { status, text, headers } = await page(path, as);
      assert.equal(status, 200);
      assert.match(text, /Draft: not published/);
      assert.match(text, new RegExp(`<h1[^>]*>${draft.title}</h1>`), "the published page's header");
      assert.match(text, /id="root-cause"/, "the published page's sections");
      assert.match(text, /Review comments/);
      assert.equal(headers.get("x-nextjs-cache"), null);
    }
    const inReview = await page(`/postmortems/${newer.slug}`, users.reviewer);
    assert.match(inReview.text, /In review: not published yet/);
    // What the author saw is not what anyone else gets afterwards.
    const after = await page(path);
    assert.equal(after.status, 404);
    assert.ok(!after.text.includes(draft.title));
    // The per-request route asked for directly shows no more than the read URL.
    assert.equal((await page(`/unpublished/${draft.slug}`)).status, 404);
    assert.equal((await page(`/unpublished/${published}`, users.author)).status, 404);
  });

  test("a published postmortem is the cached page for a signed-in author too", async () => {
    await page(`/postmortems/${published}`);
    const signedIn = await page(`/postmortems/${published}`, users.author);
    assert.equal(signedIn.headers.get("x-nextjs-cache"), "HIT");
    assert.doesNotMatch(signedIn.text, /not published/);
  });

  test("publishing warns about an empty resolution and timeline, publishes, and then everyone gets the page", async () => {
    const path = `/postmortems/${older.slug}`;
    assert.equal((await page(path)).status, 404);
    assert.equal((await page(path, users.reviewer)).status, 200);
    const publish = await call("POST", `/api/postmortems/${older.slug}/status`, {
      as: users.reviewer,
      body: { to: "published", version: olderVersion },
    });
    assert.equal(publish.status, 200, publish.text);
    assert.deepEqual(
      publish.body.warnings.map((w: { field: string }) => w.field),
      ["resolution", "timeline"],
    );
    const anonymous = await page(path);
    assert.equal(anonymous.status, 200);
    assert.match(anonymous.text, new RegExp(older.title));
    assert.doesNotMatch(anonymous.text, /not published/);
    const queue = await page("/review", users.reviewer);
    assert.equal(row(queue.text, older.slug), "", "published: out of the queue");
  });
});
