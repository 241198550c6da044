import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { caller } from "../helpers/http";
import { engine } from "../helpers/test-database";
import { signedInUser, type TestUser } from "../helpers/users";

// Issue 11, item 8: an author's change to a published postmortem is a
// proposal a reviewer approves or rejects; readers see the published version
// until then. Real HTTP against the built app (`next build` first).

type Signed = TestUser & { cookie: string };
let server: AppServer;
let base: string;
let users: { admin: Signed; author: Signed; reviewer: Signed; viewer: Signed };

const slug = "calico-ipvs-stale-realserver-502s";
const word = "quokkafrobnicator"; // in no postmortem: where it shows up, the proposal leaked

before(async () => {
  buildIfNeeded();
  server = await startAppServer();
  base = server.baseUrl;
  users = {
    admin: await signedInUser(base, server.database, "admin"),
    author: await signedInUser(base, server.database, "author"),
    reviewer: await signedInUser(base, server.database, "reviewer"),
    viewer: await signedInUser(base, server.database, "viewer"),
  };
});
after(() => server?.stop());

const call: ReturnType<typeof caller> = (...args) => caller(base)(...args);

const api = `/api/postmortems/${slug}`;
const editing = async (as: Signed = users.reviewer) => (await call("GET", api, { as })).body;
const stored = () =>
  server.database.prisma.postmortem.findUniqueOrThrow({
    where: { slug },
    select: { id: true, version: true, title: true },
  });
const searchDocumentsMention = async (text: string) =>
  JSON.stringify(await server.database.prisma.searchDocument.findMany({ where: { slug } })).includes(text);
const searchFinds = async (q: string, as: Signed | null) => {
  const { body } = await call("GET", `/api/search?q=${encodeURIComponent(q)}&status=any`, { as });
  return (body.groups.postmortems.items as Array<{ slug: string }>).some((item) => item.slug === slug);
};

describe(`review of published postmortems (${engine})`, () => {
  let proposalId: string;
  let publishedVersion: number;

  test("an author's save on a published postmortem is a pending proposal: 202, and page, search and version unchanged", async () => {
    const current = await editing(users.author);
    assert.equal(current.status, "published");
    assert.equal(current.proposal, null);
    publishedVersion = current.version;
    const revisionsBefore = await server.database.prisma.postmortemRevision.count({ where: { postmortem: { slug } } });
    const edit = { ...current.postmortem, title: `Stale IPVS real servers (${word})` };
    const put = await call("PUT", api, { as: users.author, body: { version: current.version, postmortem: edit } });
    assert.equal(put.status, 202, JSON.stringify(put.body));
    assert.equal(put.body.status, "pending_review");
    assert.equal(put.body.version, publishedVersion, "the published version did not move");
    assert.deepEqual(
      [put.body.proposal.status, put.body.proposal.baseVersion, put.body.proposal.revision],
      ["pending", publishedVersion, 1],
    );
    proposalId = put.body.proposal.id;

    const row = await stored();
    assert.equal(row.version, publishedVersion);
    assert.doesNotMatch(row.title, new RegExp(word));
    assert.equal(
      await server.database.prisma.postmortemRevision.count({ where: { postmortem: { slug } } }),
      revisionsBefore,
    );
    assert.equal(await searchDocumentsMention(word), false, "search documents are not touched");
    assert.equal(await searchFinds(word, null), false);
    assert.equal(await searchFinds(word, users.author), false, "search is of what is published, for authors too");
    const page = await call("GET", `/postmortems/${slug}`);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes(word), "the page shows the published version");

    // The author continues their proposal: same proposal, next revision; the editor's GET carries it.
    const mine = await editing(users.author);
    assert.equal(mine.proposal.id, proposalId);
    assert.equal(mine.proposal.postmortem.title, edit.title);
    assert.equal(mine.postmortem.title, row.title, "the postmortem itself is still the published one");
    const again = await call("PUT", api, {
      as: users.author,
      body: {
        version: mine.proposal.baseVersion,
        postmortem: { ...mine.proposal.postmortem, summary: `${word} twice.` },
      },
    });
    assert.deepEqual([again.status, again.body.proposal.id, again.body.proposal.revision], [202, proposalId, 2]);
    assert.equal((await editing(users.reviewer)).proposal, null, "another user's proposal is not theirs to continue");
  });

  test("viewers and anonymous readers never see a proposal", async () => {
    for (const path of [`${api}/proposals`, `${api}/proposals/${proposalId}`]) {
      assert.equal((await call("GET", path)).status, 401, path);
      assert.equal((await call("GET", path, { as: users.viewer })).status, 403, path);
    }
    const asViewer = await call("GET", api, { as: users.viewer });
    assert.equal(asViewer.status, 200);
    assert.ok(!asViewer.text.includes(word), "the editor's GET gives a viewer no proposal");
    for (const as of [null, users.viewer]) {
      const page = await call("GET", `/postmortems/${slug}`, { as });
      assert.ok(!page.text.includes(word));
      assert.ok(!page.text.includes("pending review"), "not even that one exists");
      const review = await call("GET", `/postmortems/${slug}/proposals/${proposalId}`, { as });
      assert.ok(!review.text.includes(word), `the review page shows a ${as ? "viewer" : "signed-out reader"} nothing`);
    }
    const exported = await call("GET", `${api}/export`, { as: users.author });
    assert.ok(!exported.text.includes(word), "an export is of the published version");
  });

  test("a reviewer sees it on the page, and approves it: live at once, in search too, and in the history", async () => {
    // The page is one cached copy for everyone; its pending list comes from this API in the browser.
    const pending = await call("GET", `${api}/proposals?status=pending`, { as: users.reviewer });
    assert.equal(pending.body.proposals.length, 1, "the page's pending list has it for a reviewer");
    const page = await call("GET", `/postmortems/${slug}`, { as: users.reviewer });
    assert.ok(!page.text.includes("pending review"), "and the cached page itself does not");
    const detail = await call("GET", `${api}/proposals/${proposalId}`, { as: users.reviewer });
    assert.equal(detail.status, 200);
    assert.match(detail.body.text, new RegExp(`title: Stale IPVS real servers \\(${word}\\)`));
    assert.doesNotMatch(detail.body.published.text, new RegExp(word));
    assert.equal(detail.body.published.version, publishedVersion);

    const byAuthor = await call("POST", `${api}/proposals/${proposalId}/approve`, {
      as: users.author,
      body: { revision: 2 },
    });
    assert.equal(byAuthor.status, 403);
    const unread = await call("POST", `${api}/proposals/${proposalId}/approve`, {
      as: users.reviewer,
      body: { revision: 1 },
    });
    assert.deepEqual([unread.status, unread.body.error.code], [409, "proposal_changed"]);
    assert.equal((await stored()).version, publishedVersion);

    const approved = await call("POST", `${api}/proposals/${proposalId}/approve`, {
      as: users.reviewer,
      body: { revision: 2, comment: "Thanks." },
    });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.version, publishedVersion + 1);
    assert.deepEqual(
      [approved.body.proposal.status, approved.body.proposal.appliedVersion, approved.body.proposal.reviewer],
      ["approved", publishedVersion + 1, { name: users.reviewer.name }],
    );
    assert.match((await stored()).title, new RegExp(word));
    assert.ok((await call("GET", `/postmortems/${slug}`)).text.includes(word), "the page shows it");
    assert.equal(await searchDocumentsMention(word), true);
    assert.equal(await searchFinds(word, null), true, "a reader's search finds the approved words");

    const again = await call("POST", `${api}/proposals/${proposalId}/approve`, {
      as: users.reviewer,
      body: { revision: 2 },
    });
    assert.deepEqual([again.status, again.body.error.code], [409, "proposal_closed"]);
    const { revisions } = (await call("GET", `${api}/revisions`, { as: users.author })).body;
    assert.deepEqual(
      [revisions[0].version, revisions[0].kind, revisions[0].author, revisions[0].proposal.reviewer],
      [publishedVersion + 1, "approval", { name: users.author.name }, { name: users.reviewer.name }],
    );
    publishedVersion += 1;
  });

  test("a reviewer rejects a proposal with a comment: nothing changes, and the author may propose again", async () => {
    const current = await editing(users.author);
    const put = await call("PUT", api, {
      as: users.author,
      body: { version: current.version, postmortem: { ...current.postmortem, summary: "Rejected words here." } },
    });
    assert.equal(put.status, 202);
    assert.notEqual(put.body.proposal.id, proposalId, "a new proposal once the last one was decided");
    const rejected = await call("POST", `${api}/proposals/${put.body.proposal.id}/reject`, {
      as: users.reviewer,
      body: { revision: 1, comment: "The summary should say what broke." },
    });
    assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
    assert.deepEqual(
      [rejected.body.proposal.status, rejected.body.proposal.reviewComment],
      ["rejected", "The summary should say what broke."],
    );
    assert.equal((await stored()).version, publishedVersion);
    assert.equal((await editing(users.author)).proposal, null, "the author's editor is back on the published version");
    assert.equal(await searchDocumentsMention("Rejected words"), false);
  });

  test("a reviewer's own save publishes directly; a proposal made on the version before is then a 409, not an overwrite", async () => {
    let current = await editing(users.author);
    const proposed = await call("PUT", api, {
      as: users.author,
      body: { version: current.version, postmortem: { ...current.postmortem, impact: "Proposed impact." } },
    });
    assert.equal(proposed.status, 202);
    current = await editing(users.reviewer);
    const direct = await call("PUT", api, {
      as: users.reviewer,
      body: { version: current.version, postmortem: { ...current.postmortem, impact: "Reviewer's impact." } },
    });
    assert.deepEqual([direct.status, direct.body], [200, { version: publishedVersion + 1 }]);
    publishedVersion += 1;
    const adminToo = await call("PUT", api, {
      as: users.admin,
      body: { version: publishedVersion, postmortem: { ...current.postmortem, impact: "Admin's impact." } },
    });
    assert.deepEqual([adminToo.status, adminToo.body], [200, { version: publishedVersion + 1 }]);
    publishedVersion += 1;

    const stale = await call("POST", `${api}/proposals/${proposed.body.proposal.id}/approve`, {
      as: users.reviewer,
      body: { revision: 1 },
    });
    assert.equal(stale.status, 409, JSON.stringify(stale.body));
    assert.equal(stale.body.error.code, "proposal_stale");
    assert.equal(stale.body.current.version, publishedVersion);
    assert.match(stale.body.error.message, /made on version \d+, but the postmortem is now at version \d+/);
    assert.equal((await stored()).version, publishedVersion, "nothing written");
    // The author's next save on the old version is the usual conflict, to merge in the editor.
    const mine = (await editing(users.author)).proposal;
    const conflict = await call("PUT", api, {
      as: users.author,
      body: { version: mine.baseVersion, postmortem: mine.postmortem },
    });
    assert.deepEqual([conflict.status, conflict.body.error.code], [409, "version_conflict"]);
  });

  test("the history lists direct publishes and approvals by version, and every proposal with who decided", async () => {
    const { revisions } = (await call("GET", `${api}/revisions`, { as: users.author })).body;
    const recent = revisions
      .slice(0, 3)
      .map((r: { kind: string; author: { name: string }; proposal: unknown }) => [r.kind, r.author.name, !!r.proposal]);
    assert.deepEqual(recent, [
      ["save", users.admin.name, false],
      ["save", users.reviewer.name, false],
      ["approval", users.author.name, true],
    ]);
    const { proposals } = (await call("GET", `${api}/proposals`, { as: users.author })).body;
    assert.deepEqual(
      proposals.map((p: { status: string }) => p.status),
      ["pending", "rejected", "approved"],
    );
    const pending = (await call("GET", `${api}/proposals?status=pending`, { as: users.author })).body.proposals;
    assert.equal(pending.length, 1);
    const history = await call("GET", `/postmortems/${slug}/history`, { as: users.author });
    assert.match(history.text, /Approved proposal/);
    assert.match(history.text, /Proposed changes/);
    assert.ok(history.text.includes(`rejected by ${users.reviewer.name}`));
  });

  test("drafts are edited directly by authors, and an author's restore on a published postmortem is a proposal", async () => {
    const draft = await call("POST", "/api/postmortems", {
      as: users.author,
      body: { slug: "review-flow-draft", title: "A draft", summary: "Still a draft.", severity: "SEV4", patterns: [] },
    });
    assert.equal(draft.status, 201);
    const saved = await call("PUT", "/api/postmortems/review-flow-draft", {
      as: users.author,
      body: {
        version: 1,
        postmortem: { slug: "review-flow-draft", title: "Edited", summary: "Still.", severity: "SEV4", patterns: [] },
      },
    });
    assert.deepEqual([saved.status, saved.body], [200, { version: 2 }]);

    const restore = await call("POST", `${api}/revisions/1/restore`, {
      as: users.author,
      body: { version: publishedVersion },
    });
    assert.equal(restore.status, 202, JSON.stringify(restore.body));
    assert.equal(restore.body.status, "pending_review");
    assert.equal((await stored()).version, publishedVersion);
  });
});
