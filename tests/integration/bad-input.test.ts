import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import fc from "fast-check";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { engine } from "../helpers/test-database";
import { signedInUser, type TestUser } from "../helpers/users";

// Bad input over every route of the API, against the built app over real HTTP: listed cases
// (malformed JSON, wrong types, NUL, lone surrogates, RTL marks, out-of-range numbers and
// dates, bad percent-encoding, traversal, huge and deep bodies, wrong content types) and
// bodies made up by fast-check. Every answer must be a 4xx with a JSON error that names
// what is wrong (422: the field), never a 5xx, and the database must be unchanged.

type Signed = TestUser & { cookie: string };
let server: AppServer;
let base: string;
let admin: Signed;
let viewer: Signed;
const slug = "cce-elb-members-per-pool-quota";
let version: number;
let tokenId: string;
const tally = new Map<number, number>();

before(async () => {
  buildIfNeeded();
  server = await startAppServer();
  base = server.baseUrl;
  admin = await signedInUser(base, server.database, "admin");
  viewer = await signedInUser(base, server.database, "viewer");
  version = (await server.database.prisma.postmortem.findUniqueOrThrow({ where: { slug } })).version;
  const token = await send("POST", "/api/tokens", { body: JSON.stringify({ name: "fuzz" }) });
  assert.equal(token.status, 201, JSON.stringify(token.body));
  tokenId = token.body.token?.id ?? token.body.id;
  assert.ok(tokenId, `the token response names its id: ${JSON.stringify(token.body)}`);
});
after(async () => {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const statuses = [...tally.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
  console.log(`bad-input suite (${engine}): ${total} requests; ${statuses.join(", ")}`);
  await server?.stop();
});

interface Sent {
  status: number;
  body: any;
  text: string;
}

/** One request as the admin (a browser session: cookie and this site's Origin). */
async function send(
  method: string,
  path: string,
  options: { body?: string | Blob; type?: string | null; as?: Signed | null } = {},
): Promise<Sent> {
  const headers: Record<string, string> = {};
  const as = options.as === undefined ? admin : options.as;
  if (as) Object.assign(headers, { cookie: as.cookie, origin: base });
  if (options.body !== undefined && options.type !== null) headers["content-type"] = options.type ?? "application/json";
  const response = await fetch(`${base}${path}`, { method, headers, body: options.body, redirect: "manual" });
  const text = await response.text();
  tally.set(response.status, (tally.get(response.status) ?? 0) + 1);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

/** Counts and versions of everything a request could write. */
async function fingerprint(): Promise<string> {
  const tables = [
    "postmortems",
    "timeline_events",
    "contributing_factors",
    "action_items",
    "error_signatures",
    "diagrams",
    "postmortem_tags",
    "postmortem_patterns",
    "postmortem_limits",
    "postmortem_revisions",
    "comments",
    "api_tokens",
    "users",
    "search_documents",
    "failure_patterns",
    "limits",
    "pattern_revisions",
    "limit_revisions",
  ];
  const counts = await server.database.prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})::int AS "${t}"`).join(", ")},
      (SELECT coalesce(sum(version), 0) FROM postmortems)::int AS versions,
      (SELECT string_agg(role, ',' ORDER BY id) FROM users) AS roles`,
  );
  return JSON.stringify(counts[0]);
}

/**
 * A refusal as the API promises it: 4xx, JSON, a code and a message; a 422 names the field
 * (ours as `error.field`; Better Auth's /api/auth answers `{ code, message }`, the message
 * starting with the field).
 */
function assertRefused(what: string, r: Sent, statuses?: number[]) {
  assert.ok(r.status >= 400 && r.status < 500, `${what}: expected a 4xx, got ${r.status} ${r.text.slice(0, 300)}`);
  if (statuses) assert.ok(statuses.includes(r.status), `${what}: expected ${statuses.join("/")}, got ${r.status}`);
  const error = r.body?.error ?? r.body;
  assert.equal(typeof error?.code, "string", `${what}: JSON error with a code: ${r.text.slice(0, 300)}`);
  assert.ok((error.message ?? "").length > 5, `${what}: a message`);
  if (r.status === 422)
    assert.ok(
      error.field || /^[\w.[\]]+: /.test(error.message),
      `${what}: 422 names the field: ${r.text.slice(0, 300)}`,
    );
}

const validPostmortem = (extra: Record<string, unknown> = {}) => ({
  slug: "bad-input-probe",
  title: "A probe",
  summary: "A probe of bad input.",
  severity: "SEV3",
  ...extra,
});

// Where a body goes, and how to wrap a postmortem for it.
const writeRoutes = (): Array<{ method: string; path: string; wrap: (value: unknown) => unknown }> => [
  { method: "POST", path: "/api/postmortems", wrap: (v) => v },
  { method: "PUT", path: `/api/postmortems/${slug}`, wrap: (v) => ({ version, postmortem: v }) },
  { method: "POST", path: `/api/postmortems/${slug}/status`, wrap: (v) => v },
  { method: "POST", path: `/api/postmortems/${slug}/comments`, wrap: (v) => v },
  { method: "POST", path: `/api/postmortems/${slug}/revisions/1/restore`, wrap: (v) => v },
  { method: "POST", path: "/api/patterns", wrap: (v) => v },
  { method: "PUT", path: "/api/patterns/lb-quota-exhaustion", wrap: (v) => ({ version: 1, pattern: v }) },
  { method: "POST", path: "/api/limits", wrap: (v) => v },
  { method: "PUT", path: "/api/limits/linux-ephemeral-port-range", wrap: (v) => ({ version: 1, limit: v }) },
  { method: "POST", path: "/api/tokens", wrap: (v) => v },
  { method: "PATCH", path: `/api/users/${viewer.id}`, wrap: (v) => v },
  { method: "POST", path: "/api/setup", wrap: (v) => v },
];

describe(`bad input is a clear 4xx on every route, and writes nothing (${engine})`, () => {
  test("listed cases", async () => {
    const before = await fingerprint();
    const nul = "a\u0000b";
    const lone = "a\ud800b";
    const cases: Array<[what: string, method: string, path: string, body: unknown, statuses?: number[]]> = [
      ["NUL in title", "POST", "/api/postmortems", validPostmortem({ title: nul }), [422]],
      ["NUL in summary", "POST", "/api/postmortems", validPostmortem({ summary: nul }), [422]],
      ["NUL in rootCause", "POST", "/api/postmortems", validPostmortem({ rootCause: nul }), [422]],
      ["NUL in a tag", "POST", "/api/postmortems", validPostmortem({ tags: [nul] }), [422]],
      [
        "NUL in a timeline event",
        "POST",
        "/api/postmortems",
        validPostmortem({ timeline: [{ at: "2024-01-01T00:00:00Z", kind: "detection", description: nul }] }),
        [422],
      ],
      [
        "NUL in a signature",
        "POST",
        "/api/postmortems",
        validPostmortem({ signatures: [{ text: nul, source: "log" }] }),
        [422],
      ],
      [
        "NUL in a component",
        "POST",
        "/api/postmortems",
        validPostmortem({ environment: { components: [nul] } }),
        [422],
      ],
      [
        "NUL in a diagram caption",
        "POST",
        "/api/postmortems",
        validPostmortem({ diagrams: [{ kind: "architecture", caption: nul, source: "flowchart LR\n a-->b" }] }),
        [422],
      ],
      ["NUL in a field name", "POST", "/api/postmortems", { ...validPostmortem(), [nul]: 1 }, [422]],
      ["NUL in a PUT title", "PUT", `/api/postmortems/${slug}`, { version: 1, postmortem: { title: nul } }, [422]],
      ["NUL in a comment", "POST", `/api/postmortems/${slug}/comments`, { body: nul }, [422]],
      ["NUL in a token name", "POST", "/api/tokens", { name: nul }, [422]],
      ["lone surrogate in title", "POST", "/api/postmortems", validPostmortem({ title: lone }), [422]],
      ["lone surrogate in a comment", "POST", `/api/postmortems/${slug}/comments`, { body: "\udc00" }, [422]],
      ["year 0000", "POST", "/api/postmortems", validPostmortem({ startedAt: "0000-01-01T00:00:00Z" }), [422]],
      ["year 9999", "POST", "/api/postmortems", validPostmortem({ startedAt: "9999-12-31T23:59:59Z" }), [422]],
      [
        "due date in year 0001",
        "POST",
        "/api/postmortems",
        validPostmortem({ actionItems: [{ title: "x", dueDate: "0001-01-01" }] }),
        [422],
      ],
      ["occurredOn 0000", "POST", "/api/postmortems", validPostmortem({ occurredOn: "0000" }), [422]],
      ["title a list", "POST", "/api/postmortems", validPostmortem({ title: [1, 2] }), [422]],
      ["severity a number", "POST", "/api/postmortems", validPostmortem({ severity: 3 }), [422]],
      ["tags an object", "POST", "/api/postmortems", validPostmortem({ tags: { a: 1 } }), [422]],
      [
        "10,000 timeline events",
        "POST",
        "/api/postmortems",
        validPostmortem({
          timeline: Array.from({ length: 10_000 }, () => ({ label: "x", kind: "detection", description: "x" })),
        }),
        [422],
      ],
      [
        "20,000 tags",
        "POST",
        "/api/postmortems",
        validPostmortem({ tags: Array.from({ length: 20_000 }, (_, i) => `t${i}`) }),
        [422],
      ],
      [
        "version 2^31",
        "PUT",
        `/api/postmortems/${slug}`,
        { version: 2147483648, postmortem: validPostmortem({ slug }) },
        [409, 422],
      ],
      ["version 1e309", "PUT", `/api/postmortems/${slug}`, '{"version":1e309,"postmortem":{}}', [422]],
      ["version -1", "POST", `/api/postmortems/${slug}/status`, { to: "published", version: -1 }, [422]],
      ["version a string", "POST", `/api/postmortems/${slug}/status`, { to: "published", version: "1" }, [422]],
      ["unknown status", "POST", `/api/postmortems/${slug}/status`, { to: "deleted", version }, [422]],
      ["restore version 2^31", "POST", `/api/postmortems/${slug}/revisions/1/restore`, { version: 2147483648 }, [422]],
      ["unknown role", "PATCH", `/api/users/${viewer.id}`, { role: "root" }, [422]],
      ["RTL override in a token name", "POST", "/api/tokens", { name: "\u202eabc", extra: 1 }, [422]],
      [
        "sign-up with a 10,000-character email",
        "POST",
        "/api/auth/sign-up/email",
        { name: "Long", email: `${"a".repeat(10_000)}@example.test`, password: "a long enough password" },
        [400, 422],
      ],
      [
        "sign-up with a 100,000-character name",
        "POST",
        "/api/auth/sign-up/email",
        { name: "n".repeat(100_000), email: "long-name@example.test", password: "a long enough password" },
        [422],
      ],
      [
        "sign-up with a NUL in the name",
        "POST",
        "/api/auth/sign-up/email",
        { name: "a\u0000b", email: "nul-name@example.test", password: "a long enough password" },
        [422],
      ],
      ["malformed JSON", "POST", "/api/postmortems", '{"slug": "x",', [400]],
      ["JSON null", "POST", "/api/postmortems", "null", [400, 422]],
      ["JSON array", "POST", "/api/postmortems", "[]", [400, 422]],
      ["JSON string", "PUT", `/api/postmortems/${slug}`, '"x"', [400, 422]],
      ["empty body", "POST", "/api/tokens", "", [400]],
      ["deep nesting", "POST", "/api/postmortems", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, [400, 413, 422]],
      [
        "deep object nesting",
        "POST",
        `/api/postmortems/${slug}/comments`,
        `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`,
        [400, 413, 422],
      ],
      [
        "3 MB body",
        "POST",
        "/api/postmortems",
        JSON.stringify(validPostmortem({ rootCause: "x".repeat(3 * 1024 * 1024) })),
        [413],
      ],
      [
        "setup when set up",
        "POST",
        "/api/setup",
        { name: "Eve", email: "eve@example.test", password: "a long enough password" },
        [403, 404, 409],
      ],
    ];
    for (const [what, method, path, body, statuses] of cases) {
      const r = await send(method, path, { body: typeof body === "string" ? body : JSON.stringify(body) });
      assertRefused(what, r, statuses);
    }
    assert.equal(await fingerprint(), before, "nothing was written");
  });

  test("a NUL's field is named", async () => {
    const r = await send("POST", "/api/postmortems", {
      body: JSON.stringify(validPostmortem({ timeline: [{ label: "x", kind: "detection", description: "a\u0000" }] })),
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.error.field, "timeline[0].description");
    assert.match(r.body.error.message, /NUL/);
  });

  test("JSON sent as text/plain, as a form or with no content type is refused with 415", async () => {
    const before = await fingerprint();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", null]) {
      for (const route of writeRoutes()) {
        const r = await send(route.method, route.path, {
          body: JSON.stringify(route.wrap(validPostmortem())),
          type,
        });
        assertRefused(`${route.method} ${route.path} as ${type ?? "no type"}`, r, [403, 415]);
      }
    }
    assert.equal(await fingerprint(), before);
  });

  test("bad paths: percent-encoding that is not UTF-8, traversal, out-of-range versions", async () => {
    const before = await fingerprint();
    const paths: Array<[string, string]> = [];
    for (const bad of ["%FF", "%ED%A0%80", "%C0%AF", "%"]) {
      paths.push(
        ["GET", `/api/postmortems/${bad}`],
        ["PUT", `/api/postmortems/${bad}`],
        ["GET", `/api/postmortems/${bad}/revisions`],
        ["GET", `/api/postmortems/${bad}/export`],
        ["GET", `/api/postmortems/${bad}/comments`],
        ["POST", `/api/postmortems/${bad}/status`],
        ["GET", `/api/postmortems/${slug}/revisions/${bad}`],
        ["GET", `/api/auth/${bad}`],
        ["DELETE", `/api/tokens/${bad}`],
        ["PATCH", `/api/users/${bad}`],
      );
    }
    paths.push(
      ["GET", "/api/postmortems/..%2F..%2Fetc%2Fpasswd"],
      ["GET", "/api/postmortems/%2e%2e/revisions"],
      ["GET", `/api/postmortems/${slug}/revisions/2147483648`],
      ["POST", `/api/postmortems/${slug}/revisions/2147483648/restore`],
      ["GET", `/api/postmortems/${slug}/revisions/99999999999999999999`],
      ["GET", `/api/postmortems/${slug}/revisions/-1`],
      ["GET", `/api/postmortems/${slug}/revisions/1.5`],
      ["GET", `/api/postmortems/${"a".repeat(5000)}`],
      ["DELETE", `/api/tokens/${"x".repeat(300)}`],
    );
    for (const [method, path] of paths) {
      const body = method === "GET" || method === "DELETE" ? undefined : JSON.stringify({ version: 1 });
      const r = await send(method, path, { body });
      assertRefused(`${method} ${path}`, r, [400, 404, 422]);
    }
    for (const page of ["/postmortems/%FF", "/patterns/%FF", "/limits/%FF", "/postmortems/%ED%A0%80"]) {
      const response = await fetch(`${base}${page}`);
      tally.set(response.status, (tally.get(response.status) ?? 0) + 1);
      assert.ok(response.status === 400 || response.status === 404, `${page}: ${response.status}`);
    }
    assert.equal(await fingerprint(), before);
  });

  test("search and suggestions take any text: control characters, a 10 MB body, odd parameters", async () => {
    const big = new Blob([new Uint8Array(10 * 1024 * 1024).fill(0x61)]);
    const huge = await send("POST", "/api/search", { body: big });
    assertRefused("10 MB search", huge, [413]);
    for (const q of ["a\u0000b", "\ud800", "\u202e\u202d", "%FF", "x".repeat(100_000)]) {
      // Node refuses a request line over 16 KB (431) before the app sees it: GET gets the first 4,000.
      const r = await send("GET", `/api/search?q=${encodeURIComponent(q.toWellFormed().slice(0, 4000))}`);
      assert.equal(r.status, 200, `search ${JSON.stringify(q.slice(0, 20))}: ${r.text.slice(0, 200)}`);
      const post = await send("POST", "/api/search", { body: JSON.stringify({ q }) });
      assert.equal(post.status, 200, `POST search ${JSON.stringify(q.slice(0, 20))}: ${post.text.slice(0, 200)}`);
    }
    for (const query of [
      "limit=0",
      "limit=-1",
      "limit=1e9",
      "offset=-5",
      "offset=99999999999",
      "year=0",
      "severity=SEV9",
      "kind=x",
      "status=all",
    ]) {
      const r = await send("GET", `/api/search?q=dns&${query}`);
      assertRefused(`search ${query}`, r, [400]);
    }
    for (const query of ["limit=0", "limit=abc", "exclude=%21%21"]) {
      const r = await send("GET", `/api/patterns/suggest?text=dns&${query}`);
      assertRefused(`suggest ${query}`, r, [400]);
    }
  });

  test("bodies made up by fast-check", async () => {
    const before = await fingerprint();
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom(
        "\u0000",
        "\ud800",
        "\udfff",
        "\u202e",
        "0000-01-01T00:00:00Z",
        "9999-99-99",
        "NaN",
        "-1",
        "../..",
      ),
    );
    const scalar = fc.oneof(
      text,
      fc.integer(),
      fc.double(),
      fc.constantFrom(2147483648, -2147483649, Number.MAX_SAFE_INTEGER, 1e308),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array"), tie("object")),
      array: fc.array(tie("node"), { maxLength: 4 }),
      object: fc.dictionary(text, tie("node"), { maxKeys: 4 }),
    })).node;
    const fields = [
      "slug",
      "title",
      "summary",
      "severity",
      "status",
      "origin",
      "occurredOn",
      "startedAt",
      "detectedAt",
      "resolvedAt",
      "timeZone",
      "environment",
      "tags",
      "patterns",
      "timeline",
      "factors",
      "actionItems",
      "limits",
      "signatures",
      "diagrams",
      "references",
      "sources",
      "rootCause",
      "to",
      "version",
      "body",
      "name",
      "role",
      "email",
      "password",
      "postmortem",
    ];
    // Mostly the real field names, so the bodies get past the outer shape into the schemas.
    const body = fc.oneof(
      fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 8 }),
      fc.record({
        slug: fc.constant("fuzz-probe"),
        title: text,
        summary: text,
        severity: value,
        timeline: value,
        tags: value,
      }),
      value,
    );
    const routes = writeRoutes();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: routes.length - 1 }), body, async (i, generated) => {
        const route = routes[i]!;
        const what = `${route.method} ${route.path} ${JSON.stringify(generated).slice(0, 200)}`;
        const stateBefore = await fingerprint();
        const r = await send(route.method, route.path, { body: JSON.stringify(route.wrap(generated)) });
        assert.ok(r.status < 500, `${what}: ${r.status} ${r.text.slice(0, 300)}`);
        // A made-up body can be valid (a comment of any text is): then it was written, as asked.
        if (r.status < 300) accepted += 1;
        else {
          assertRefused(what, r);
          assert.equal(await fingerprint(), stateBefore, `${what}: refused, and nothing was written`);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    console.log(`fast-check: ${accepted} of the made-up bodies were valid and accepted`);
    if (accepted === 0) assert.equal(await fingerprint(), before, "nothing was written");
  });

  test("a viewer is refused before anything is parsed, and an anonymous caller too", async () => {
    for (const route of writeRoutes()) {
      if (route.path === "/api/setup") continue;
      const r = await send(route.method, route.path, {
        body: JSON.stringify(route.wrap({ title: "a\u0000" })),
        as: viewer,
      });
      assertRefused(`viewer ${route.method} ${route.path}`, r, [401, 403]);
      const anonymous = await send(route.method, route.path, { body: "{}", as: null });
      assertRefused(`anonymous ${route.method} ${route.path}`, anonymous, [401, 403]);
    }
    const deleted = await send("DELETE", `/api/tokens/${tokenId}`, { as: viewer });
    assertRefused("viewer deletes the admin's token", deleted, [403, 404]);
  });
});
