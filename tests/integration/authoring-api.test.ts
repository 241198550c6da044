import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { engine } from "../helpers/test-database";
import { cookieHeader, createUser, randomClientIp, signedInUser, signIn, type TestUser } from "../helpers/users";

// The authoring API over real HTTP against the built app (`next build` first):
// accounts, roles, CSRF, API tokens, optimistic locking, the review workflow,
// the sign-in rate limit, and HINDSIGHT_REQUIRE_LOGIN on a second server.

type Signed = TestUser & { cookie: string };
let server: AppServer;
let base: string;
let users: { admin: Signed; author: Signed; reviewer: Signed; viewer: Signed };

before(async () => {
  // `npm test` builds before any suite; `npm run test:integration` alone does not.
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

interface CallOptions {
  as?: Signed | null;
  token?: string;
  body?: unknown;
  origin?: string | null;
  headers?: Record<string, string>;
}

/** A JSON call; a cookie session sends this site's Origin (as a browser would) unless told otherwise. */
async function call(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: any; response: Response }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as) headers.cookie = options.as.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.origin !== null && (options.as || options.origin)) headers.origin = options.origin ?? base;
  if (options.body !== undefined) headers["content-type"] ??= "application/json";
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    redirect: "manual",
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body, response };
}

const newPostmortem = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: `Postmortem ${slug}`,
  summary: "The zanzibarquokka service ran out of file descriptors.",
  severity: "SEV3",
  patterns: [],
  ...extra,
});

describe(`accounts (${engine})`, () => {
  test("signing up over HTTP makes a viewer, whatever role the body asks for, with an HttpOnly SameSite=Lax cookie", async () => {
    const email = "newcomer@example.test";
    const { status, body, response } = await call("POST", "/api/auth/sign-up/email", {
      origin: base,
      headers: { "x-forwarded-for": randomClientIp() },
      body: { name: "Newcomer", email, password: "a long enough password", role: "admin" },
    });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.user.role, "viewer");
    assert.equal((await server.database.prisma.user.findUniqueOrThrow({ where: { email } })).role, "viewer");
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    assert.ok(setCookie, "a session cookie is set");
    assert.match(setCookie, /; HttpOnly/i);
    assert.match(setCookie, /; SameSite=Lax/i);
    assert.match(setCookie, /; Path=\//);
    assert.doesNotMatch(setCookie, /; Secure/i, "plain HTTP: no Secure attribute (it would be dropped by browsers)");
    const session = await call("GET", "/api/auth/get-session", { headers: { cookie: cookieHeader(response) } });
    assert.equal(session.body.user.email, email);
  });

  test("behind HTTPS (x-forwarded-proto) the session cookie is Secure", async () => {
    const user = await createUser(server.database, { role: "viewer" });
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: base.replace("http:", "https:"),
        "x-forwarded-proto": "https",
        "x-forwarded-for": randomClientIp(),
      },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    assert.equal(response.status, 200, await response.text());
    const setCookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    assert.match(setCookie ?? "", /^__Secure-better-auth\.session_token=.*; Secure/);
    assert.match(setCookie ?? "", /; HttpOnly.*; SameSite=Lax|; SameSite=Lax.*; HttpOnly/i);
  });

  test("sign-up from another site is refused", async () => {
    const { status } = await call("POST", "/api/auth/sign-up/email", {
      origin: "https://evil.example",
      body: { name: "Eve", email: "eve@example.test", password: "a long enough password" },
    });
    assert.equal(status, 403);
    assert.equal(await server.database.prisma.user.count({ where: { email: "eve@example.test" } }), 0);
  });

  test("the sixth wrong password from one address within a minute gets 429", async () => {
    const ip = randomClientIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { status } = await call("POST", "/api/auth/sign-in/email", {
        origin: base,
        headers: { "x-forwarded-for": ip },
        body: { email: users.viewer.email, password: "not the password" },
      });
      statuses.push(status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    // Even the right password waits now, from that address.
    const right = await call("POST", "/api/auth/sign-in/email", {
      origin: base,
      headers: { "x-forwarded-for": ip },
      body: { email: users.viewer.email, password: users.viewer.password },
    });
    assert.equal(right.status, 429);
  });

  test("the header's user comes from /api/me: the page is the same for everyone and names nobody", async () => {
    const page = async (as?: Signed) => (await fetch(`${base}/`, { headers: as ? { cookie: as.cookie } : {} })).text();
    const me = async (as?: Signed) =>
      (await (await fetch(`${base}/api/me`, { headers: as ? { cookie: as.cookie } : {} })).json()).user;
    const [anonymous, author] = [await page(), await page(users.author)];
    assert.ok(!author.includes(users.author.name) && !author.includes(users.author.email));
    assert.equal(anonymous.length, author.length, "one cached copy for both");
    assert.equal(await me(), null);
    assert.deepEqual(
      { name: (await me(users.author)).name, role: (await me(users.author)).role },
      { name: users.author.name, role: "author" },
    );
    assert.equal((await me(users.viewer)).role, "viewer");
  });

  test("/setup is gone once an account exists; admins set roles, nobody else does", async () => {
    assert.equal((await fetch(`${base}/setup`)).status, 404);
    assert.equal(
      (
        await call("POST", "/api/setup", {
          origin: base,
          body: { name: "Mallory", email: "m@example.test", password: "a long enough password" },
        })
      ).status,
      404,
    );
    const target = await createUser(server.database, { role: "viewer" });
    const byAuthor = await call("PATCH", `/api/users/${target.id}`, { as: users.author, body: { role: "admin" } });
    assert.equal(byAuthor.status, 403);
    const byAdmin = await call("PATCH", `/api/users/${target.id}`, { as: users.admin, body: { role: "reviewer" } });
    assert.equal(byAdmin.status, 200, JSON.stringify(byAdmin.body));
    assert.equal(byAdmin.body.user.role, "reviewer");
    assert.equal(
      (await call("PATCH", `/api/users/${target.id}`, { as: users.admin, body: { role: "owner" } })).status,
      422,
    );
    const demoteSelf = await call("PATCH", `/api/users/${users.admin.id}`, {
      as: users.admin,
      body: { role: "viewer" },
    });
    assert.equal(demoteSelf.status, 409, "the last admin cannot be demoted");
    assert.equal(demoteSelf.body.error.code, "last_admin");
    const list = await call("GET", "/api/users", { as: users.admin });
    assert.ok(list.body.users.some((u: { email: string }) => u.email === target.email));
  });
});

describe(`roles and CSRF (${engine})`, () => {
  test("signed out, a write gets 401; a viewer's gets 403 with a clear message", async () => {
    const anonymous = await call("POST", "/api/postmortems", { body: newPostmortem("anon-write") });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error.code, "unauthorized");
    const viewer = await call("POST", "/api/postmortems", { as: users.viewer, body: newPostmortem("viewer-write") });
    assert.equal(viewer.status, 403);
    assert.deepEqual(viewer.body, {
      error: {
        code: "forbidden",
        message: "Your role (viewer) may not create postmortems; ask an admin for the author role.",
      },
    });
    const put = await call("PUT", "/api/postmortems/ack-slb-attachment-quota-release-outage", {
      as: users.viewer,
      body: { version: 1, postmortem: {} },
    });
    assert.equal(put.status, 403);
    assert.match(put.body.error.message, /^Your role \(viewer\) may not edit postmortems/);
    assert.equal(
      await server.database.prisma.postmortem.count({ where: { slug: { in: ["anon-write", "viewer-write"] } } }),
      0,
    );
  });

  test("a cookie-authenticated POST from another origin, or with no origin at all, is refused", async () => {
    const foreign = await call("POST", "/api/postmortems", {
      as: users.author,
      origin: "https://evil.example",
      body: newPostmortem("csrf-attempt"),
    });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.body.error.code, "cross_origin");
    const none = await call("POST", "/api/postmortems", {
      as: users.author,
      origin: null,
      body: newPostmortem("csrf-attempt"),
    });
    assert.equal(none.status, 403);
    const sameSite = await call("POST", "/api/postmortems", {
      as: users.author,
      origin: null,
      headers: { "sec-fetch-site": "same-origin" },
      body: newPostmortem("csrf-attempt"),
    });
    assert.equal(sameSite.status, 201, "a browser's same-origin fetch without Origin passes on Sec-Fetch-Site");
    assert.equal(await server.database.prisma.postmortem.count({ where: { slug: "csrf-attempt" } }), 1);
  });

  test("bad input is a 4xx with a JSON body, never a 500 or a stack trace", async () => {
    const cases: Array<[string, string, unknown, number]> = [
      ["POST", "/api/postmortems", "{not json", 400],
      ["POST", "/api/postmortems", [], 422],
      ["POST", "/api/postmortems", newPostmortem("Not A Slug"), 422],
      ["PUT", "/api/postmortems/csrf-attempt", { version: "one", postmortem: {} }, 422],
      ["PUT", "/api/postmortems/NOT_A_SLUG", { version: 1, postmortem: {} }, 404],
      ["POST", "/api/postmortems/csrf-attempt/status", { to: "archived", version: 1 }, 422],
      ["GET", "/api/postmortems/csrf-attempt/revisions/abc", undefined, 404],
      ["DELETE", "/api/tokens/not-a-uuid", undefined, 404],
    ];
    for (const [method, path, body, expected] of cases) {
      const result = await call(method, path, { as: users.author, body });
      assert.equal(result.status, expected, `${method} ${path}: ${JSON.stringify(result.body)}`);
      assert.equal(
        typeof result.body.error?.message,
        "string",
        `${method} ${path} answers { error: { code, message } }`,
      );
      assert.doesNotMatch(JSON.stringify(result.body), /at .*\.(ts|js):\d+/);
    }
    const invalid = await call("POST", "/api/postmortems", {
      as: users.author,
      body: newPostmortem("bad-date", {
        startedAt: "yesterday",
        timeline: [{ kind: "trigger", description: "x", at: "noon" }],
      }),
    });
    assert.equal(invalid.body.error.code, "validation_failed");
    assert.deepEqual(invalid.body.error.fields.map((f: { field: string }) => f.field).sort(), [
      "startedAt",
      "timeline[0].at",
    ]);
  });
});

describe(`editing and review (${engine})`, () => {
  test("drafts are invisible to signed-out users and viewers, in the API, on pages and in search", async () => {
    const created = await call("POST", "/api/postmortems", {
      as: users.author,
      body: newPostmortem("secret-draft", { status: "published" }),
    });
    assert.deepEqual([created.status, created.body], [201, { slug: "secret-draft", version: 1 }]);
    assert.equal((await call("GET", "/api/postmortems/secret-draft")).status, 404);
    assert.equal((await call("GET", "/api/postmortems/secret-draft", { as: users.viewer })).status, 404);
    const forAuthor = await call("GET", "/api/postmortems/secret-draft", { as: users.author });
    assert.equal(forAuthor.status, 200);
    assert.equal(forAuthor.body.status, "draft", "a new postmortem is a draft whatever the body says");
    assert.equal((await fetch(`${base}/postmortems/secret-draft`)).status, 404);
    for (const as of [undefined, users.viewer]) {
      const search = await call("GET", "/api/search?q=zanzibarquokka&status=any", { as });
      assert.equal(search.status, 200);
      assert.deepEqual(search.body.groups.postmortems.items, [], "search does not return drafts to them");
    }
    const authorSearch = await call("GET", "/api/search?q=zanzibarquokka&status=any", { as: users.author });
    assert.ok(authorSearch.body.groups.postmortems.items.some((i: { slug: string }) => i.slug === "secret-draft"));
  });

  test("a save based on an old version gets 409 with the current postmortem; nothing is overwritten", async () => {
    const { body: current } = await call("GET", "/api/postmortems/secret-draft", { as: users.author });
    const first = await call("PUT", "/api/postmortems/secret-draft", {
      as: users.author,
      body: { version: current.version, postmortem: { ...current.postmortem, title: "First edit" } },
    });
    assert.deepEqual([first.status, first.body], [200, { version: current.version + 1 }]);
    const stale = await call("PUT", "/api/postmortems/secret-draft", {
      as: users.reviewer,
      body: { version: current.version, postmortem: { ...current.postmortem, title: "Stale edit" } },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, "version_conflict");
    assert.equal(stale.body.current.version, current.version + 1);
    assert.equal(stale.body.current.postmortem.title, "First edit");
    assert.deepEqual(stale.body.current.updatedBy, { name: users.author.name });
    assert.ok(Date.parse(stale.body.current.updatedAt));
    const after = await call("GET", "/api/postmortems/secret-draft", { as: users.author });
    assert.equal(after.body.postmortem.title, "First edit");
    assert.deepEqual(after.body.updatedBy, { name: users.author.name });
  });

  test("status moves by role: authors submit, reviewers publish; published postmortems are public", async () => {
    let { body: pm } = await call("GET", "/api/postmortems/secret-draft", { as: users.author });
    const skip = await call("POST", "/api/postmortems/secret-draft/status", {
      as: users.reviewer,
      body: { to: "published", version: pm.version },
    });
    assert.deepEqual(
      [skip.status, skip.body.error.code],
      [409, "invalid_transition"],
      "draft -> published skips review",
    );
    const submit = await call("POST", "/api/postmortems/secret-draft/status", {
      as: users.author,
      body: { to: "in_review", version: pm.version },
    });
    assert.deepEqual([submit.status, submit.body], [200, { status: "in_review", version: pm.version + 1 }]);
    const authorPublish = await call("POST", "/api/postmortems/secret-draft/status", {
      as: users.author,
      body: { to: "published", version: pm.version + 1 },
    });
    assert.equal(authorPublish.status, 403);
    assert.match(authorPublish.body.error.message, /ask a reviewer/);
    const viewerMove = await call("POST", "/api/postmortems/secret-draft/status", {
      as: users.viewer,
      body: { to: "draft", version: pm.version + 1 },
    });
    assert.equal(viewerMove.status, 403);
    const stale = await call("POST", "/api/postmortems/secret-draft/status", {
      as: users.reviewer,
      body: { to: "published", version: pm.version },
    });
    assert.deepEqual([stale.status, stale.body.error.code], [409, "version_conflict"]);
    const publish = await call("POST", "/api/postmortems/secret-draft/status", {
      as: users.reviewer,
      body: { to: "published", version: pm.version + 1 },
    });
    // Publishing this empty draft is allowed; the answer names what is empty (lib/postmortems/publish-warnings.ts).
    assert.deepEqual(
      [
        publish.status,
        publish.body.status,
        publish.body.version,
        publish.body.warnings.map((w: { field: string }) => w.field),
      ],
      [200, "published", pm.version + 2, ["rootCause", "resolution", "timeline"]],
    );
    assert.equal((await call("GET", "/api/postmortems/secret-draft")).status, 200);
    assert.equal((await fetch(`${base}/postmortems/secret-draft`)).status, 200);
    ({ body: pm } = await call("GET", "/api/postmortems/secret-draft"));
    assert.equal(pm.status, "published");
  });

  test("revisions, restore, comments, export and import work over HTTP", async () => {
    const revisions = await call("GET", "/api/postmortems/secret-draft/revisions", { as: users.author });
    assert.equal(revisions.status, 200);
    assert.deepEqual(
      revisions.body.revisions.map((r: { kind: string }) => r.kind),
      ["status", "status", "save", "create"],
    );
    assert.equal(revisions.body.revisions[0].author.name, users.reviewer.name);
    assert.equal((await call("GET", "/api/postmortems/secret-draft/revisions", { as: users.viewer })).status, 403);
    const first = await call("GET", "/api/postmortems/secret-draft/revisions/1", { as: users.author });
    assert.equal(first.body.postmortem.title, "Postmortem secret-draft");
    assert.match(first.body.text, /^---\nslug: secret-draft\n/);
    const current = (await call("GET", "/api/postmortems/secret-draft", { as: users.author })).body;
    // Reviewers write a published postmortem directly; an author's change is a proposal (proposals.test.ts).
    const restored = await call("POST", "/api/postmortems/secret-draft/revisions/1/restore", {
      as: users.reviewer,
      body: { version: current.version },
    });
    assert.deepEqual([restored.status, restored.body], [200, { version: current.version + 1 }]);
    const now = (await call("GET", "/api/postmortems/secret-draft", { as: users.author })).body;
    assert.deepEqual([now.postmortem.title, now.status], ["Postmortem secret-draft", "published"]);

    const comment = await call("POST", "/api/postmortems/secret-draft/comments", {
      as: users.reviewer,
      body: { body: "Please add the detection time." },
    });
    assert.equal(comment.status, 201);
    assert.equal(
      (await call("POST", "/api/postmortems/secret-draft/comments", { as: users.viewer, body: { body: "me too" } }))
        .status,
      403,
    );
    assert.equal(
      (await call("POST", "/api/postmortems/secret-draft/comments", { as: users.author, body: { body: "   " } }))
        .status,
      422,
    );
    const comments = await call("GET", "/api/postmortems/secret-draft/comments", { as: users.author });
    assert.deepEqual(
      comments.body.comments.map((c: { body: string; author: { name: string; role: string } }) => [c.body, c.author]),
      [["Please add the detection time.", { name: users.reviewer.name, role: "reviewer" }]],
    );

    const exported = await fetch(`${base}/api/postmortems/secret-draft/export`, {
      headers: { cookie: users.author.cookie },
    });
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get("content-type") ?? "", /^text\/markdown/);
    assert.equal(exported.headers.get("content-disposition"), 'attachment; filename="secret-draft.md"');
    const text = await exported.text();
    const copy = await call("POST", "/api/postmortems/import", {
      as: users.author,
      headers: { "content-type": "text/markdown" },
      body: text.replace("slug: secret-draft", "slug: secret-copy"),
    });
    assert.deepEqual([copy.status, copy.body], [201, { slug: "secret-copy", version: 1 }]);
    const taken = await call("POST", "/api/postmortems/import", { as: users.author, body: { text } });
    assert.deepEqual(
      [taken.status, taken.body.error.code, taken.body.current.version],
      [409, "slug_taken", now.version],
    );
    const replaced = await call("POST", `/api/postmortems/import?replace=${now.version}`, {
      as: users.reviewer,
      body: { text },
    });
    assert.deepEqual([replaced.status, replaced.body], [200, { slug: "secret-draft", version: now.version + 1 }]);
    const bad = await call("POST", "/api/postmortems/import", {
      as: users.author,
      headers: { "content-type": "text/markdown" },
      body: text
        .replace("slug: secret-draft", "slug: bad-upload")
        .replace("patterns: []\n", "")
        .replace("severity: SEV3", "severity: SEV3\npatterns: [no-such-pattern]"),
    });
    assert.equal(bad.status, 422, JSON.stringify(bad.body));
    assert.deepEqual(bad.body.error.fields, [{ field: "patterns[0]", message: 'unknown pattern "no-such-pattern"' }]);
  });

  test("pattern suggestions rank patterns by the text written so far", async () => {
    const { status, body } = await call(
      "GET",
      `/api/patterns/suggest?text=${encodeURIComponent("ELB members_per_pool quota exceeded during a rolling update")}`,
    );
    assert.equal(status, 200);
    assert.ok(body.suggestions.length > 0);
    for (const s of body.suggestions) {
      assert.equal(typeof s.slug, "string");
      assert.ok(s.score > 0 && s.score <= 1);
      assert.ok(s.why.length > 0);
    }
    assert.deepEqual(
      body.suggestions.map((s: { score: number }) => s.score),
      [...body.suggestions.map((s: { score: number }) => s.score)].sort((a, b) => b - a),
    );
    assert.deepEqual((await call("GET", "/api/patterns/suggest?text=")).body, { suggestions: [] });
    assert.equal((await call("GET", "/api/patterns/suggest?text=x&limit=500")).status, 400);
  });
});

describe(`API tokens (${engine})`, () => {
  test("an author creates a token, uses it without a cookie or Origin, and revokes it", async () => {
    const created = await call("POST", "/api/tokens", { as: users.author, body: { name: "incident bot" } });
    assert.equal(created.status, 201);
    const secret: string = created.body.secret;
    assert.match(secret, /^hs_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.body.token.prefix, secret.slice(0, 10));
    const stored = await server.database.prisma.apiToken.findUniqueOrThrow({ where: { id: created.body.token.id } });
    assert.notEqual(stored.tokenHash, secret, "only a hash is stored");
    assert.ok(!JSON.stringify(stored).includes(secret.slice(10)));

    const list = await call("GET", "/api/tokens", { as: users.author });
    assert.deepEqual(
      list.body.tokens.map((t: { name: string }) => t.name),
      ["incident bot"],
    );
    assert.ok(!JSON.stringify(list.body).includes(secret.slice(10)), "the secret is shown once, at creation");

    const made = await call("POST", "/api/postmortems", { token: secret, body: newPostmortem("made-by-bot") });
    assert.deepEqual([made.status, made.body], [201, { slug: "made-by-bot", version: 1 }]);
    const revision = await server.database.prisma.postmortemRevision.findFirstOrThrow({
      where: { postmortem: { slug: "made-by-bot" } },
    });
    assert.equal(revision.authorId, users.author.id, "a token acts as its owner");
    assert.equal((await call("GET", "/api/postmortems/made-by-bot", { token: secret })).status, 200);
    assert.ok(
      (await server.database.prisma.apiToken.findUniqueOrThrow({ where: { id: created.body.token.id } })).lastUsedAt,
    );

    assert.equal(
      (await call("DELETE", `/api/tokens/${created.body.token.id}`, { as: users.viewer })).status,
      404,
      "not theirs",
    );
    const revoked = await call("DELETE", `/api/tokens/${created.body.token.id}`, { as: users.author });
    assert.equal(revoked.status, 200);
    const after = await call("GET", "/api/postmortems/made-by-bot", { token: secret });
    assert.equal(after.status, 401);
    assert.equal((await call("GET", "/api/postmortems/made-by-bot", { token: "hs_made_up" })).status, 401);
  });

  test("viewers cannot create tokens", async () => {
    const { status, body } = await call("POST", "/api/tokens", { as: users.viewer, body: { name: "nope" } });
    assert.equal(status, 403);
    assert.match(body.error.message, /Your role \(viewer\)/);
  });
});

describe(`HINDSIGHT_REQUIRE_LOGIN=true (${engine})`, () => {
  let closed: AppServer;
  before(async () => {
    closed = await startAppServer({ env: { HINDSIGHT_REQUIRE_LOGIN: "true" } });
  });
  after(() => closed?.stop());

  test("signed out, pages redirect to /sign-in and the API answers 401; a forged cookie does not pass", async () => {
    const home = await fetch(`${closed.baseUrl}/postmortems/ack-slb-attachment-quota-release-outage`, {
      redirect: "manual",
    });
    assert.equal(home.status, 307);
    assert.equal(new URL(home.headers.get("location")!, closed.baseUrl).pathname, "/sign-in");
    assert.equal(
      new URL(home.headers.get("location")!, closed.baseUrl).searchParams.get("next"),
      "/postmortems/ack-slb-attachment-quota-release-outage",
    );
    for (const path of [
      "/api/search?q=quota",
      "/api/postmortems/ack-slb-attachment-quota-release-outage",
      "/api/patterns/suggest?text=quota",
    ]) {
      const response = await fetch(`${closed.baseUrl}${path}`);
      assert.equal(response.status, 401, path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, "unauthorized");
    }
    const forged = await fetch(`${closed.baseUrl}/`, {
      redirect: "manual",
      headers: { cookie: "better-auth.session_token=forged.value" },
    });
    assert.equal(forged.status, 307, "a cookie that is present but not a session does not let anyone in");
    assert.equal((await fetch(`${closed.baseUrl}/api/health`)).status, 200);
    // No account exists on this server yet: /sign-in sends the first visitor to /setup, which is open.
    const signIn = await fetch(`${closed.baseUrl}/sign-in`, { redirect: "manual" });
    assert.equal(signIn.status, 307);
    assert.equal(new URL(signIn.headers.get("location")!, closed.baseUrl).pathname, "/setup");
    assert.equal((await fetch(`${closed.baseUrl}/setup`, { redirect: "manual" })).status, 200);
  });

  test("on a fresh install the first visitor creates the admin at /setup, once", async () => {
    const account = { name: "First Admin", email: "first@example.test", password: "a long enough password" };
    const foreign = await fetch(`${closed.baseUrl}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify(account),
    });
    assert.equal(foreign.status, 403);
    const tooShort = await fetch(`${closed.baseUrl}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: closed.baseUrl },
      body: JSON.stringify({ ...account, password: "short" }),
    });
    assert.equal(tooShort.status, 422);
    assert.equal(((await tooShort.json()) as { error: { field: string } }).error.field, "password");
    const setup = await fetch(`${closed.baseUrl}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: closed.baseUrl },
      body: JSON.stringify(account),
    });
    assert.equal(setup.status, 201, await setup.clone().text());
    assert.equal(((await setup.json()) as { user: { role: string } }).user.role, "admin");
    const home = await fetch(`${closed.baseUrl}/admin/users`, {
      headers: { cookie: cookieHeader(setup) },
      redirect: "manual",
    });
    assert.equal(home.status, 200, "the new admin is signed in");
    assert.match(await home.text(), /First Admin/);
    const again = await fetch(`${closed.baseUrl}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: closed.baseUrl },
      body: JSON.stringify({ ...account, email: "second@example.test" }),
    });
    assert.equal(again.status, 404);
    assert.equal((await fetch(`${closed.baseUrl}/setup`, { redirect: "manual" })).status, 404);
    assert.equal(await closed.database.prisma.user.count(), 1);
  });

  test("signed in (or with a token), everything reads as usual", async () => {
    const viewer = await signedInUser(closed.baseUrl, closed.database, "viewer");
    const home = await fetch(`${closed.baseUrl}/`, { headers: { cookie: viewer.cookie }, redirect: "manual" });
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<h1[^>]*>Postmortems<\/h1>/);
    const me = await fetch(`${closed.baseUrl}/api/me`, { headers: { cookie: viewer.cookie } });
    assert.equal(((await me.json()) as { user: { name: string } }).user.name, viewer.name);
    const search = await fetch(`${closed.baseUrl}/api/search?q=quota`, { headers: { cookie: viewer.cookie } });
    assert.equal(search.status, 200);
    const author = await createUser(closed.database, { role: "author" });
    const cookie = await signIn(closed.baseUrl, author);
    const token = (await (
      await fetch(`${closed.baseUrl}/api/tokens`, {
        method: "POST",
        headers: { cookie, origin: closed.baseUrl, "content-type": "application/json" },
        body: JSON.stringify({ name: "ci" }),
      })
    ).json()) as { secret: string };
    const api = await fetch(`${closed.baseUrl}/api/postmortems/ack-slb-attachment-quota-release-outage`, {
      headers: { authorization: `Bearer ${token.secret}` },
    });
    assert.equal(api.status, 200);
  });
});
