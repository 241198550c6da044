import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { caller, type Signed } from "../helpers/http";
import { engine } from "../helpers/test-database";
import { signedInUser } from "../helpers/users";

// Issue 13, item 1: the reading pages come from Next's cache, and every write
// invalidates each page that shows what it changed, in the same request: a
// read that follows the write's answer is never the page as it was before.
// Real HTTP against the built app (`next build` first).

let server: AppServer;
let base: string;
let call: ReturnType<typeof caller>;
let users: { author: Signed; reviewer: Signed };

const slug = "calico-ipvs-stale-realserver-502s";
const api = `/api/postmortems/${slug}`;

/** Every page that shows something of the postmortem, found by reading them all (not from the code's own rule). */
let showing: string[] = [];
let originalTitle = "";

const page = (path: string, as?: Signed) => call("GET", path, { as });
const editing = async () => (await call("GET", api, { as: users.reviewer })).body;

/** Paths of every cached reading page: home and its filters, lists, each published postmortem, pattern and limit. */
async function readingPages(): Promise<string[]> {
  const prisma = server.database.prisma;
  const [postmortems, patterns, limits, tags] = await Promise.all([
    prisma.postmortem.findMany({ where: { status: "published" }, select: { slug: true } }),
    prisma.failurePattern.findMany({ select: { slug: true } }),
    prisma.limit.findMany({ select: { id: true } }),
    prisma.tag.findMany({ select: { name: true }, take: 5 }),
  ]);
  return [
    "/",
    "/?origin=own",
    "/?origin=public",
    ...tags.map((t) => `/?tag=${encodeURIComponent(t.name)}`),
    "/patterns",
    "/limits",
    ...postmortems.map((p) => `/postmortems/${p.slug}`),
    ...patterns.map((p) => `/patterns/${p.slug}`),
    ...limits.map((l) => `/limits/${encodeURIComponent(l.id)}`),
  ];
}

async function pagesContaining(text: string, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const { status, text: html } = await page(path);
    if (status === 200 && html.includes(text)) found.push(path);
  }
  return found;
}

before(async () => {
  buildIfNeeded();
  server = await startAppServer();
  base = server.baseUrl;
  call = caller(base);
  users = {
    author: await signedInUser(base, server.database, "author"),
    reviewer: await signedInUser(base, server.database, "reviewer"),
  };
  originalTitle = (await editing()).postmortem.title;
  // Every page rendered once (so it is in the cache), and the ones that show the title noted.
  showing = await pagesContaining(originalTitle, await readingPages());
  // And the pattern pages' filtered copies (?origin=), for the patterns it shows on.
  const patternPages = showing.filter((path) => path.startsWith("/patterns/"));
  showing.push(
    ...(await pagesContaining(
      originalTitle,
      patternPages.flatMap((path) => [`${path}?origin=own`, `${path}?origin=public`]),
    )),
  );
});
after(() => server?.stop());

describe(`cached reading pages (${engine})`, () => {
  test("a reading page is rendered once and then served from the cache, the same bytes for everyone", async () => {
    const first = await page(`/postmortems/${slug}`);
    const second = await page(`/postmortems/${slug}`, users.author);
    assert.equal(first.status, 200);
    assert.equal(second.headers.get("x-nextjs-cache"), "HIT");
    assert.equal(second.text, first.text, "an author gets the copy everyone gets");
    // Nothing about the signed-in user is in it: their name, email or role's buttons come from /api/me.
    assert.ok(!second.text.includes(users.author.email));
    assert.ok(!second.text.includes(users.author.name));
    assert.ok(!second.text.includes(`/postmortems/${slug}/edit`));
    assert.match(second.headers.get("cache-control") ?? "", /no-cache/, "no shared cache may keep it for a year");
    const me = await call("GET", "/api/me", { as: users.author });
    assert.equal(me.body.user.email, users.author.email);
    assert.equal(me.headers.get("cache-control"), "no-store");
  });

  test("the pages that show the postmortem were found: its own, home, its patterns and limits, related incidents", () => {
    assert.ok(showing.includes(`/postmortems/${slug}`));
    assert.ok(showing.includes("/"));
    assert.ok(
      showing.some((p) => p.startsWith("/patterns/")),
      showing.join("\n"),
    );
    assert.ok(
      showing.some((p) => p.startsWith("/postmortems/") && p !== `/postmortems/${slug}`),
      showing.join("\n"),
    );
  });

  test("a save is on every page that shows the postmortem in the very next read, even with readers racing it", async () => {
    const current = await editing();
    const title = `${originalTitle} cacheprobe one`;
    // Readers keep rendering the postmortem's pages while the save runs: none of their renders may stick.
    let racing = true;
    const readers = Array.from({ length: 4 }, async () => {
      while (racing) await page(showing[Math.floor(Math.random() * showing.length)]!);
    });
    const put = await call("PUT", api, {
      as: users.reviewer,
      body: { version: current.version, postmortem: { ...current.postmortem, title } },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const stale: string[] = [];
    for (const path of showing) if (!(await page(path)).text.includes(title)) stale.push(path);
    racing = false;
    await Promise.all(readers);
    assert.deepEqual(stale, [], "pages still showing the old title after the save answered");
    const reverted: string[] = [];
    for (const path of showing) if (!(await page(path)).text.includes(title)) reverted.push(path);
    assert.deepEqual(reverted, [], "pages that went back to the old title once the racing readers finished");
  });

  test("unpublished, it leaves every page at once (its own is a 404); published again, it is back", async () => {
    let current = await editing();
    const title = current.postmortem.title as string;
    const draft = await call("POST", `${api}/status`, {
      as: users.reviewer,
      body: { to: "draft", version: current.version },
    });
    assert.equal(draft.status, 200, JSON.stringify(draft.body));
    assert.equal((await page(`/postmortems/${slug}`)).status, 404);
    assert.deepEqual(await pagesContaining(title, showing), [], "a draft is shown on no cached page");
    current = await editing();
    for (const to of ["in_review", "published"]) {
      const moved = await call("POST", `${api}/status`, { as: users.reviewer, body: { to, version: current.version } });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      current = await editing();
    }
    assert.equal((await page(`/postmortems/${slug}`)).status, 200);
    assert.deepEqual((await pagesContaining(title, showing)).sort(), [...showing].sort());
  });

  test("a restored revision and an imported file are on every page at once", async () => {
    const current = await editing();
    const restored = await call("POST", `${api}/revisions/1/restore`, {
      as: users.reviewer,
      body: { version: current.version },
    });
    assert.equal(restored.status, 200, JSON.stringify(restored.body));
    const back = await editing();
    assert.equal(back.postmortem.title, originalTitle);
    assert.equal((await page(`/postmortems/${slug}`)).text.includes("cacheprobe"), false);
    assert.deepEqual((await pagesContaining(originalTitle, showing)).sort(), [...showing].sort());

    const file = await call("GET", `${api}/export`, { as: users.reviewer });
    const title = `${originalTitle} cacheprobe imported`;
    const text = (file.text as string).replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
    const imported = await fetch(`${base}/api/postmortems/import?replace=${back.version}`, {
      method: "POST",
      headers: { cookie: users.reviewer.cookie, origin: base, "content-type": "text/markdown" },
      body: text,
    });
    assert.equal(imported.status, 200, await imported.text());
    assert.deepEqual((await pagesContaining(title, showing)).sort(), [...showing].sort());
  });

  test("an author's proposal changes no cached page; the reviewer's approval does, at once", async () => {
    const current = await editing();
    const title = `${originalTitle} cacheprobe proposed`;
    const put = await call("PUT", api, {
      as: users.author,
      body: { version: current.version, postmortem: { ...current.postmortem, title } },
    });
    assert.equal(put.status, 202, JSON.stringify(put.body));
    assert.deepEqual(await pagesContaining(title, showing), []);
    const proposal = put.body.proposal;
    const approved = await call("POST", `${api}/proposals/${proposal.id}/approve`, {
      as: users.reviewer,
      body: { revision: proposal.revision },
    });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.deepEqual((await pagesContaining(title, showing)).sort(), [...showing].sort());
  });

  test("a new draft is never on a cached page, for anyone", async () => {
    const current = await editing();
    const draftSlug = "cacheprobe-draft-never-shown";
    const created = await call("POST", "/api/postmortems", {
      as: users.author,
      body: { ...current.postmortem, slug: draftSlug, title: "Cacheprobe draft never shown" },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // Its author reads it at its address (a per-request page, issue 14); nobody else, before or after.
    for (const as of [undefined, users.author, undefined]) {
      assert.equal((await page(`/postmortems/${draftSlug}`, as)).status, as ? 200 : 404);
      assert.deepEqual(await pagesContaining("Cacheprobe draft never shown", ["/", ...showing]), []);
    }
  });
});
