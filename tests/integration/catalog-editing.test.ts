import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { importContent } from "@/lib/use-cases/import-content";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { caller, type Signed } from "../helpers/http";
import { contentDir } from "../helpers/paths";
import { engine } from "../helpers/test-database";
import { signedInUser } from "../helpers/users";

// Issue 14, item 5: failure patterns and limits are created and edited over
// the API (and the browser's forms, which use it): every write is a new
// version with its revision, a stale version is a 409, and every cached page
// that shows the entry shows the edit in the very next read. Real HTTP
// against the built app, over a copy of content/ that the test changes in place.

let server: AppServer;
let call: ReturnType<typeof caller>;
let users: Record<"viewer" | "author" | "reviewer", Signed>;
let content: string;

const pattern = "ipvs-stale-real-server";
const limit = "linux-tcp-time-wait-2msl";
const postmortem = "calico-ipvs-stale-realserver-502s";

const newPattern = {
  slug: "conntrack-table-full",
  name: "Conntrack table overflows under a connection storm",
  summary: "The node's conntrack table fills and new connections are dropped.",
  related: [pattern],
  mechanism: "Each connection takes an entry; a storm of short ones fills the table.",
};
const newLimit = {
  id: "linux-nf-conntrack-max",
  provider: "Linux kernel",
  resource: "netfilter connection tracking",
  name: "nf_conntrack_max entries per node",
  defaultValue: "262144",
  adjustable: true,
  docUrl: "https://www.kernel.org/doc/Documentation/networking/nf_conntrack-sysctl.txt",
};

const get = (p: string, as?: Signed) => call("GET", p, { as });
const editing = async (kind: "patterns" | "limits", key: string) => (await get(`/api/${kind}/${key}`)).body;

before(async () => {
  buildIfNeeded();
  content = await mkdtemp(path.join(tmpdir(), "hindsight-catalog-"));
  await cp(contentDir, content, { recursive: true });
  server = await startAppServer({ content });
  call = caller(server.baseUrl);
  users = {
    viewer: await signedInUser(server.baseUrl, server.database, "viewer"),
    author: await signedInUser(server.baseUrl, server.database, "author"),
    reviewer: await signedInUser(server.baseUrl, server.database, "reviewer"),
  };
  // Rendered once, so that what follows reads them from the page cache.
  for (const p of [
    `/patterns/${pattern}`,
    `/patterns/${pattern}?origin=own`,
    `/limits/${limit}`,
    `/postmortems/${postmortem}`,
    "/limits",
  ])
    assert.equal((await get(p)).status, 200, p);
});

after(async () => {
  await server?.stop();
  await rm(content, { recursive: true, force: true });
});

describe(`editing failure patterns and limits (${engine})`, () => {
  test("an author creates a pattern and a limit: version 1, a create revision, found by search", async () => {
    const created = await call("POST", "/api/patterns", { as: users.author, body: newPattern });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(created.body, { slug: newPattern.slug, version: 1 });
    const limitCreated = await call("POST", "/api/limits", { as: users.author, body: newLimit });
    assert.equal(limitCreated.status, 201, limitCreated.text);
    assert.equal(limitCreated.body.version, 1);

    const history = await get(`/api/patterns/${newPattern.slug}/revisions`, users.author);
    assert.deepEqual(
      history.body.revisions.map((r: { version: number; kind: string; author: { name: string } }) => [
        r.version,
        r.kind,
        r.author.name,
      ]),
      [[1, "create", users.author.name]],
    );
    assert.equal((await editing("limits", newLimit.id)).limit.adjustable, true);

    const found = await get(`/api/search?q=${encodeURIComponent("conntrack overflows storm")}`);
    assert.ok(
      found.body.groups.patterns.items.some((i: { slug: string }) => i.slug === newPattern.slug),
      found.text,
    );
    const limitFound = await get(`/api/search?q=${encodeURIComponent("nf_conntrack_max")}`);
    assert.ok(
      limitFound.body.groups.limits.items.some((i: { slug: string }) => i.slug === newLimit.id),
      limitFound.text,
    );
    // The new pattern's link shows on the pattern it relates to, at once.
    assert.ok((await get(`/patterns/${pattern}`)).text.includes(newPattern.name));
  });

  test("a body the content file's schema refuses is a 422 naming the field; nothing is written", async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ["POST", "/api/patterns", { ...newPattern, slug: "Not A Slug" }, "slug"],
      ["POST", "/api/patterns", { ...newPattern, slug: "other-one", related: ["no-such-pattern"] }, "related[0]"],
      ["POST", "/api/limits", { ...newLimit, id: "other-limit", docUrl: "ftp://example.com" }, "docUrl"],
      ["POST", "/api/limits", { ...newLimit, id: "other-limit", name: "" }, "name"],
      ["PUT", `/api/patterns/${pattern}`, { version: "one", pattern: newPattern }, "version"],
      ["PUT", `/api/limits/${limit}`, { version: 1, limit: { ...newLimit, adjustable: "maybe" } }, "adjustable"],
    ];
    for (const [method, url, body, field] of cases) {
      const answer = await call(method, url, { as: users.reviewer, body });
      assert.equal(answer.status, 422, `${method} ${url}: ${answer.text}`);
      assert.equal(answer.body.error.field, field, answer.text);
    }
    assert.equal((await get("/api/patterns/other-one")).status, 404);
    assert.equal((await get("/api/limits/other-limit")).status, 404);
  });

  test("a slug or id that is taken is a 409 with the version that holds it", async () => {
    const taken = await call("POST", "/api/patterns", { as: users.author, body: { ...newPattern, slug: pattern } });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, "slug_taken");
    assert.equal(taken.body.current.version, (await editing("patterns", pattern)).version);
    const idTaken = await call("POST", "/api/limits", { as: users.author, body: { ...newLimit, id: limit } });
    assert.equal(idTaken.status, 409);
    assert.equal(idTaken.body.error.code, "id_taken");
  });

  test("roles: authors create, reviewers edit, viewers neither", async () => {
    assert.equal((await call("POST", "/api/patterns", { body: newPattern })).status, 401);
    const viewer = await call("POST", "/api/limits", { as: users.viewer, body: { ...newLimit, id: "viewer-limit" } });
    assert.equal(viewer.status, 403);
    const current = await editing("patterns", pattern);
    const author = await call("PUT", `/api/patterns/${pattern}`, { as: users.author, body: current });
    assert.equal(author.status, 403, author.text);
    assert.match(author.body.error.message, /reviewer/);
    assert.equal((await editing("patterns", pattern)).version, current.version);
  });

  test("a reviewer's edit shows at once on the pattern, limit and postmortem pages that show it", async () => {
    const current = await editing("patterns", pattern);
    const name = "IPVS forwards reused source ports to deleted pods";
    const saved = await call("PUT", `/api/patterns/${pattern}`, {
      as: users.reviewer,
      body: { version: current.version, pattern: { ...current.pattern, name } },
    });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.version, current.version + 1);
    for (const p of [
      `/patterns/${pattern}`,
      `/patterns/${pattern}?origin=own`,
      `/postmortems/${postmortem}`,
      "/patterns",
    ])
      assert.ok((await get(p)).text.includes(name), `${p} shows the new name`);

    const limitNow = await editing("limits", limit);
    const limitName = "TIME_WAIT lasts 60 seconds per closed connection";
    const limitSaved = await call("PUT", `/api/limits/${limit}`, {
      as: users.reviewer,
      body: { version: limitNow.version, limit: { ...limitNow.limit, name: limitName } },
    });
    assert.equal(limitSaved.status, 200, limitSaved.text);
    for (const p of [`/limits/${limit}`, `/postmortems/${postmortem}`, "/limits"])
      assert.ok((await get(p)).text.includes(limitName), `${p} shows the new limit name`);

    const history = await get(`/api/patterns/${pattern}/revisions`, users.author);
    // Imported first as a placeholder (a pattern before it in the directory links to it), then from its file.
    assert.deepEqual(
      history.body.revisions.map((r: { version: number; kind: string; author: { name: string } | null }) => [
        r.version,
        r.kind,
        r.author?.name ?? null,
      ]),
      [
        [saved.body.version, "save", users.reviewer.name],
        ...Array.from({ length: current.version }, (_, i) => [current.version - i, "import", null]),
      ],
    );
    const found = await get(`/api/search?q=${encodeURIComponent("reused source ports deleted pods")}`);
    assert.equal(found.body.groups.patterns.items[0]?.slug, pattern, found.text);
  });

  test("a save based on a stale version is a 409 carrying what is stored; nothing is written", async () => {
    const stale = await call("PUT", `/api/patterns/${pattern}`, {
      as: users.reviewer,
      body: { version: 1, pattern: { ...newPattern, slug: pattern, related: [], name: "Stale" } },
    });
    assert.equal(stale.status, 409, stale.text);
    assert.equal(stale.body.error.code, "version_conflict");
    const stored = await server.database.prisma.failurePattern.findUniqueOrThrow({ where: { slug: pattern } });
    assert.equal(stale.body.current.version, stored.version);
    assert.equal(stale.body.current.pattern.name, "IPVS forwards reused source ports to deleted pods");
    const revisions = await server.database.prisma.patternRevision.count({ where: { pattern: { slug: pattern } } });
    assert.equal(revisions, stored.version);
  });

  test("content:import afterwards: an unchanged file keeps the app's edit, a changed one follows the import rule", async () => {
    const prisma = server.database.prisma;
    const edited = await prisma.failurePattern.findUniqueOrThrow({ where: { slug: pattern } });
    const unchanged = await importContent(prisma, content);
    assert.deepEqual(unchanged.errors, []);
    assert.deepEqual(await prisma.failurePattern.findUniqueOrThrow({ where: { slug: pattern } }), edited);

    const limitFile = path.join(content, `limits/${limit}.md`);
    await writeFile(limitFile, (await readFile(limitFile, "utf8")).replace(/^unit: .*$/m, "unit: s"));
    const otherFile = path.join(content, "patterns/cluster-dns-loss.md");
    const dnsBefore = await prisma.failurePattern.findUniqueOrThrow({ where: { slug: "cluster-dns-loss" } });
    await writeFile(
      otherFile,
      (await readFile(otherFile, "utf8")).replace(/^name: (.*)$/m, "name: $1 (edited in the file)"),
    );
    const changed = await importContent(prisma, content);
    assert.deepEqual(
      changed.errors.map((e) => e.message.replace(/\. .*/, "")),
      [`${limitFile}: id: not imported: limit "${limit}" was edited in the app since its last import (now version 2)`],
    );
    const dns = await prisma.failurePattern.findUniqueOrThrow({
      where: { slug: "cluster-dns-loss" },
      include: { revisions: true },
    });
    assert.equal(dns.version, dnsBefore.version + 1);
    assert.match(dns.name, /edited in the file/);
    assert.deepEqual(
      dns.revisions.find((r) => r.version === dns.version),
      { ...dns.revisions.find((r) => r.version === dns.version)!, kind: "import", authorId: null },
    );

    const overwritten = await importContent(prisma, content, { overwrite: true });
    assert.deepEqual(overwritten.errors, []);
    assert.deepEqual(
      overwritten.replaced.map((r) => r.what),
      [`limit "${limit}"`],
    );
    const stored = await prisma.limit.findUniqueOrThrow({ where: { id: limit } });
    assert.deepEqual([stored.version, stored.unit], [3, "s"]);
  });
});
