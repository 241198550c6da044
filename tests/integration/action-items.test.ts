import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { caller, type Signed } from "../helpers/http";
import { fixtureContentDir } from "../helpers/paths";
import { engine } from "../helpers/test-database";
import { signedInUser } from "../helpers/users";

// Issue 14, item 3: action items across incidents. /api/action-items lists the items of the
// postmortems the caller may see; PATCH .../action-items/<position> sets one status as a new
// revision. Real HTTP against the built app on the fixture content (one published postmortem).

let server: AppServer;
let base: string;
let users: { admin: Signed; author: Signed; viewer: Signed };
const call: ReturnType<typeof caller> = (...args) => caller(base)(...args);

const published = "fixture-quota-outage";
const draft = "action-items-draft";
const items = {
  // the fixture's own item: open, due 2024-04-01 (overdue)
  alert: "Alert at 80 % of the quota",
  quota: "Raise the quota for good",
  runbook: "Write the quota runbook",
  dashboards: "Dashboards for pool members",
  draftOnly: "Draft-only follow-up",
};

interface Row {
  title: string;
  position: number;
  owner: string | null;
  status: string;
  priority: string;
  dueDate: string | null;
  link: string | null;
  overdue: boolean;
  postmortem: { slug: string; title: string; status: string; version: number };
}

const list = async (query = "", as: Signed | null = users.author): Promise<Row[]> => {
  const { status, body } = await call("GET", `/api/action-items${query}`, { as });
  assert.equal(status, 200, JSON.stringify(body));
  return body.items as Row[];
};
const titles = (rows: Row[]) => rows.map((row) => row.title);
const version = async (slug: string) =>
  (await server.database.prisma.postmortem.findUniqueOrThrow({ where: { slug }, select: { version: true } })).version;

before(async () => {
  buildIfNeeded();
  server = await startAppServer({ content: fixtureContentDir });
  base = server.baseUrl;
  users = {
    admin: await signedInUser(base, server.database, "admin"),
    author: await signedInUser(base, server.database, "author"),
    viewer: await signedInUser(base, server.database, "viewer"),
  };
  // The published postmortem gets three more items (an admin edits it directly, no review).
  const current = (await call("GET", `/api/postmortems/${published}`, { as: users.admin })).body;
  const postmortem = {
    ...current.postmortem,
    actionItems: [
      { ...current.postmortem.actionItems[0], priority: "high" },
      {
        title: items.quota,
        owner: "Platform",
        status: "in_progress",
        priority: "urgent",
        dueDate: "2099-01-01",
        link: "https://acme.atlassian.net/browse/OPS-1",
      },
      {
        title: items.runbook,
        owner: "sre",
        status: "done",
        priority: "low",
        dueDate: "2020-01-01",
        link: "https://github.com/acme/ops/issues/2",
      },
      { title: items.dashboards, link: "https://linear.app/acme/issue/OPS-3" },
    ],
  };
  const saved = await call("PUT", `/api/postmortems/${published}`, {
    as: users.admin,
    body: { version: current.version, postmortem },
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const created = await call("POST", "/api/postmortems", {
    as: users.author,
    body: {
      slug: draft,
      title: "A draft with a follow-up",
      summary: "Only authors and above see it.",
      severity: "SEV3",
      actionItems: [{ title: items.draftOnly, owner: "db team", dueDate: "2020-06-01", priority: "urgent" }],
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
});
after(() => server?.stop());

describe(`action items across incidents (${engine})`, () => {
  test("readers without an account and viewers see the published postmortems' items, authors the drafts' too", async () => {
    for (const reader of [null, users.viewer]) {
      const rows = await list("", reader);
      assert.deepEqual(new Set(titles(rows)), new Set([items.alert, items.quota, items.runbook, items.dashboards]));
    }
    assert.ok(titles(await list("", users.author)).includes(items.draftOnly));
  });

  test("sorted overdue first, then what is still to do by due date (none last), then what is done", async () => {
    assert.deepEqual(titles(await list()), [
      items.draftOnly, // overdue since 2020-06-01
      items.alert, // overdue since 2024-04-01
      items.quota, // due 2099
      items.dashboards, // no due date
      items.runbook, // done
    ]);
  });

  test("overdue: due before today and open or in progress (a done item past its date is not)", async () => {
    const rows = await list();
    const overdue = Object.fromEntries(rows.map((row) => [row.title, row.overdue]));
    assert.deepEqual(overdue, {
      [items.draftOnly]: true,
      [items.alert]: true,
      [items.quota]: false,
      [items.dashboards]: false,
      [items.runbook]: false,
    });
    assert.deepEqual(titles(await list("?overdue=true")), [items.draftOnly, items.alert]);
    assert.deepEqual(titles(await list("?overdue=true", null)), [items.alert], "a draft's item stays hidden");
  });

  test("each row carries owner, priority, due date, tracker link and its postmortem", async () => {
    const quota = (await list()).find((row) => row.title === items.quota)!;
    assert.deepEqual(
      { ...quota, postmortem: { ...quota.postmortem, version: 0 } },
      {
        title: items.quota,
        position: 1,
        owner: "Platform",
        status: "in_progress",
        priority: "urgent",
        dueDate: "2099-01-01",
        link: "https://acme.atlassian.net/browse/OPS-1",
        overdue: false,
        postmortem: {
          slug: published,
          title: "Fixture outage where the pool member quota ran out",
          status: "published",
          version: 0,
        },
      },
    );
    const dashboards = (await list()).find((row) => row.title === items.dashboards)!;
    assert.equal(dashboards.priority, "medium", "left out, the priority is medium");
    assert.equal(dashboards.status, "open");
  });

  test("filters by owner (any case), status and failure pattern; a bad filter is a 400 naming it", async () => {
    assert.deepEqual(titles(await list("?owner=platform")), [items.alert, items.quota]);
    assert.deepEqual(titles(await list("?status=done")), [items.runbook]);
    assert.deepEqual(titles(await list("?status=open&overdue=true")), [items.draftOnly, items.alert]);
    const withPattern = titles(await list("?pattern=fixture-dns"));
    assert.equal(withPattern.length, 4);
    assert.ok(!withPattern.includes(items.draftOnly), "the draft names no pattern");
    assert.deepEqual(
      await list("?owner=&status=&pattern="),
      await list(),
      "empty fields (the form's Any) filter nothing",
    );
    const bad = await call("GET", "/api/action-items?status=finished");
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.field, "status");
    assert.match(bad.body.error.message, /open, in_progress, done, wont_do/);
  });

  test("the page lists them with the filters in its GET form, per request", async () => {
    const page = await call("GET", "/action-items?owner=platform&overdue=true", { as: users.author });
    assert.equal(page.status, 200);
    const form = /<form[^>]*>/.exec(page.text.slice(page.text.indexOf("<main")))?.[0] ?? "";
    assert.match(form, /method="get"/);
    assert.match(form, /action="\/action-items"/);
    assert.ok(
      page.text.includes(items.alert) && !page.text.includes(items.quota),
      "only the overdue one of Platform's",
    );
    assert.match(page.text, /<input[^>]*name="overdue"[^>]*checked=""/, "the form shows the filters it was sent");
    assert.match(page.headers.get("cache-control") ?? "", /no-store|private|no-cache/);
    const anonymous = await call("GET", "/action-items");
    assert.ok(!anonymous.text.includes(items.draftOnly), "no draft's item for a reader without an account");
  });

  test("an author's PATCH of a published postmortem's item writes a revision of its own at once, no proposal", async () => {
    // The postmortem page is cached: read it first, so the write has something to invalidate.
    const before = await call("GET", `/postmortems/${published}`);
    assert.match(itemHtml(before.text, 3), /Open/);
    const v = await version(published);
    const answer = await call("PATCH", `/api/postmortems/${published}/action-items/3`, {
      as: users.author,
      body: { status: "in_progress", version: v },
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(answer.body, { status: "in_progress", version: v + 1 });
    const revision = await server.database.prisma.postmortemRevision.findFirstOrThrow({
      where: { postmortem: { slug: published }, version: v + 1 },
    });
    assert.equal(revision.kind, "action_item_status");
    assert.equal(revision.authorId, users.author.id);
    assert.equal(revision.note, `${items.dashboards}: Open → In progress`);
    assert.equal(await server.database.prisma.postmortemProposal.count(), 0);
    const after = await call("GET", `/postmortems/${published}`);
    assert.match(itemHtml(after.text, 3), /In progress/, "the cached page shows the new status at once");
    assert.equal((await list("?status=in_progress")).length, 2);
  });

  test("a stale version is a 409 with the current postmortem, and nothing is written", async () => {
    const v = await version(published);
    const stale = await call("PATCH", `/api/postmortems/${published}/action-items/0`, {
      as: users.author,
      body: { status: "done", version: v - 1 },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, "version_conflict");
    assert.equal(stale.body.current.version, v);
    assert.equal(stale.body.current.postmortem.actionItems[0].status, "open");
    assert.equal(await version(published), v);
  });

  test("viewers get 403, or 404 for a draft they may not see; signed out 401; no such item 404", async () => {
    const body = { status: "done", version: await version(published) };
    const viewer = await call("PATCH", `/api/postmortems/${published}/action-items/0`, { as: users.viewer, body });
    assert.equal(viewer.status, 403);
    assert.equal(viewer.body.error.code, "forbidden");
    const hidden = await call("PATCH", `/api/postmortems/${draft}/action-items/0`, { as: users.viewer, body });
    assert.equal(hidden.status, 404);
    assert.equal((await call("PATCH", `/api/postmortems/${published}/action-items/0`, { body })).status, 401);
    const missing = await call("PATCH", `/api/postmortems/${published}/action-items/9`, { as: users.author, body });
    assert.equal(missing.status, 404);
    const notAPosition = await call("PATCH", `/api/postmortems/${published}/action-items/first`, {
      as: users.author,
      body,
    });
    assert.equal(notAPosition.status, 404);
  });

  test("a bad status or version is refused naming the field (422, as every body the schema refuses)", async () => {
    const v = await version(published);
    const bad = await call("PATCH", `/api/postmortems/${published}/action-items/0`, {
      as: users.author,
      body: { status: "finished", version: v },
    });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.field, "status");
    assert.match(bad.body.error.message, /^status: must be one of: open, in_progress, done, wont_do/);
    const noVersion = await call("PATCH", `/api/postmortems/${published}/action-items/0`, {
      as: users.author,
      body: { status: "done" },
    });
    assert.equal(noVersion.status, 422);
    assert.equal(noVersion.body.error.field, "version");
    assert.equal(await version(published), v);
  });

  test("priority and the tracker link round-trip through export and import", async () => {
    const exported = await call("GET", `/api/postmortems/${published}/export`, { as: users.author });
    assert.equal(exported.status, 200);
    assert.match(exported.text, /priority: urgent/);
    const text = exported.text.replace(`slug: ${published}`, "slug: action-items-copy");
    const imported = await call("POST", "/api/postmortems/import", { as: users.author, body: { text } });
    assert.equal(imported.status, 201, JSON.stringify(imported.body));
    const copy = (await call("GET", "/api/postmortems/action-items-copy", { as: users.author })).body.postmortem;
    const original = (await call("GET", `/api/postmortems/${published}`, { as: users.author })).body.postmortem;
    assert.deepEqual(copy.actionItems, original.actionItems);
    assert.deepEqual(
      copy.actionItems.map((item: Row) => item.priority),
      ["high", "urgent", "low", "medium"],
    );
    const badLink = text
      .replace("slug: action-items-copy", "slug: action-items-bad-link")
      .replace("https://linear.app/acme/issue/OPS-3", "ftp://tracker.example/OPS-3");
    const refused = await call("POST", "/api/postmortems/import", { as: users.author, body: { text: badLink } });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.field, "actionItems[3].link");
  });
});

/** The HTML of the postmortem page's action item at `position`. */
function itemHtml(page: string, position: number): string {
  const start = page.indexOf(`data-action-item="${position}"`);
  assert.ok(start >= 0, `action item ${position} is on the page`);
  return page.slice(start, page.indexOf("</li>", start));
}
