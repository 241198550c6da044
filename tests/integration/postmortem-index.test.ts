import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";

import { parseFeed } from "@rowanmanning/feed-parser";

import { buildIfNeeded } from "../../scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { caller, type Signed } from "../helpers/http";
import { engine } from "../helpers/test-database";
import { signedInUser } from "../helpers/users";

// Issue 14, items 1 and 6: /postmortems (sorted, filtered and paged in the
// database, state in the URL) and the Atom feeds. Real HTTP against the built
// app over content/ and 40 more postmortems written straight into the tables.

let server: AppServer;
let base: string;
let users: { author: Signed; reviewer: Signed };
const call: ReturnType<typeof caller> = (...args) => caller(base)(...args);

const draftSlug = "index-fixture-draft";
const hour = 3_600_000;

before(async () => {
  buildIfNeeded();
  server = await startAppServer();
  base = server.baseUrl;
  const prisma = server.database.prisma;
  const pattern = await prisma.failurePattern.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true } });
  const tag = await prisma.tag.create({ data: { name: "index-fixture-tag" } });
  const started = Date.UTC(2024, 0, 1);
  const rows = Array.from({ length: 41 }, (_, i) => {
    const startedAt = new Date(started + i * 24 * hour);
    return {
      id: randomUUID(),
      slug: i === 40 ? draftSlug : `index-fixture-${String(i).padStart(2, "0")}`,
      title: i === 40 ? "A draft nobody may read yet" : `Index fixture ${i}`,
      summary: `Fixture ${i} for the postmortem index.`,
      status: i === 40 ? ("draft" as const) : ("published" as const),
      severity: i % 5 === 4 ? null : (["SEV1", "SEV2", "SEV3", "SEV4"] as const)[i % 4],
      startedAt,
      // Some durations unknown, some shared: ties and nulls both show up in the sorts.
      mitigatedAt: i % 6 === 0 ? null : new Date(startedAt.getTime() + ((i * 7) % 11) * 600_000),
      resolvedAt: i % 4 === 0 ? null : new Date(startedAt.getTime() + ((i * 5) % 13) * hour),
      cloudProvider: ["AWS", "GCP", "Azure"][i % 3],
      platform: ["EKS", "GKE"][i % 2],
      components: i % 2 ? ["index-gateway", "index-dns"] : ["index-dns"],
      authors: [`Author ${i}`],
    };
  });
  await prisma.postmortem.createMany({ data: rows });
  await prisma.postmortemPattern.createMany({
    data: rows.filter((_, i) => i % 3 === 0).map((r) => ({ postmortemId: r.id, patternId: pattern.id, position: 0 })),
  });
  await prisma.postmortemTag.createMany({
    data: rows.filter((_, i) => i % 4 === 1 || i === 40).map((r) => ({ postmortemId: r.id, tagId: tag.id })),
  });
  users = {
    author: await signedInUser(base, server.database, "author"),
    reviewer: await signedInUser(base, server.database, "reviewer"),
  };
});
after(() => server?.stop());

/** The slugs of the table's rows, in order, and the "1–25 of 45" line. */
async function index(query: string, as: Signed | null = null) {
  const response = await call("GET", `/postmortems${query}`, { as });
  assert.equal(response.status, 200, `GET /postmortems${query}`);
  const html = response.text;
  const slugs = [...html.matchAll(/<a[^>]*href="\/postmortems\/([^"?#/]+)"/g)].map((m) => m[1]!);
  const count = html.match(/data-testid="index-count"[^>]*>(.*?)<\/p>/)?.[1]?.replace(/<!-- -->/g, "") ?? "";
  return { slugs, count, html };
}

type Row = {
  id: string;
  slug: string;
  status: string;
  occurredOn: Date | null;
  startedAt: Date | null;
  severity: string | null;
  timeToMitigateSeconds: number | null;
  timeToResolveSeconds: number | null;
};

async function rows(where: object = { status: "published" }): Promise<Row[]> {
  return server.database.prisma.postmortem.findMany({
    where,
    select: {
      id: true,
      slug: true,
      status: true,
      occurredOn: true,
      startedAt: true,
      severity: true,
      timeToMitigateSeconds: true,
      timeToResolveSeconds: true,
    },
  });
}

/** The order the page must have, worked out here from the rows: unknown values last either way, then the id. */
function expectedOrder(all: Row[], keys: Array<(r: Row) => number | string | null>, dir: 1 | -1): string[] {
  const compare = (a: number | string | null, b: number | string | null) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return (a < b ? -1 : 1) * dir;
  };
  return [...all]
    .sort((a, b) => {
      for (const key of keys) {
        const c = compare(key(a), key(b));
        if (c) return c;
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((r) => r.slug);
}

const time = (d: Date | null) => d?.getTime() ?? null;

describe(`the postmortem index (${engine})`, () => {
  test("by default, newest incident first, 25 a page, with the total and a link to each postmortem", async () => {
    const published = await rows();
    const { slugs, count } = await index("");
    assert.deepEqual(
      slugs,
      expectedOrder(published, [(r) => time(r.occurredOn), (r) => time(r.startedAt)], -1).slice(0, 25),
    );
    assert.equal(count, `1–25 of ${published.length} postmortems`);
    const second = await index("?page=2");
    assert.deepEqual(
      second.slugs,
      expectedOrder(published, [(r) => time(r.occurredOn), (r) => time(r.startedAt)], -1).slice(25, 50),
    );
    assert.match(second.html, /<a href="\/postmortems" aria-label="Page 1"/);
    assert.match(second.html, /<a href="\/postmortems\?page=2" aria-current="page" aria-label="Page 2"/);
  });

  test("sorting by time to resolve, to mitigate and severity, either way, keeps unknown values last", async () => {
    const published = await rows();
    const ttr = await index("?sort=ttr");
    assert.deepEqual(ttr.slugs, expectedOrder(published, [(r) => r.timeToResolveSeconds], 1).slice(0, 25));
    const lastPage = Math.ceil(published.length / 25);
    const ttrDesc = await index(`?sort=ttr&dir=desc&page=${lastPage}`);
    const expectedDesc = expectedOrder(published, [(r) => r.timeToResolveSeconds], -1);
    assert.deepEqual(ttrDesc.slugs, expectedDesc.slice((lastPage - 1) * 25));
    const unknown = new Set(published.filter((r) => r.timeToResolveSeconds === null).map((r) => r.slug));
    assert.ok(unknown.has(ttrDesc.slugs.at(-1)!), "an unknown time to resolve comes last, descending too");
    const ttm = await index("?sort=ttm&dir=desc");
    assert.deepEqual(ttm.slugs, expectedOrder(published, [(r) => r.timeToMitigateSeconds], -1).slice(0, 25));
    const severity = await index("?sort=severity");
    assert.deepEqual(severity.slugs, expectedOrder(published, [(r) => r.severity], 1).slice(0, 25));
    // The generated column is the same duration the postmortem page derives from its times.
    const one = await server.database.prisma.postmortem.findUniqueOrThrow({
      where: { slug: "index-fixture-01" },
      select: { startedAt: true, resolvedAt: true, timeToResolveSeconds: true },
    });
    assert.equal(one.timeToResolveSeconds, (one.resolvedAt!.getTime() - one.startedAt!.getTime()) / 1000);
  });

  test("filters by pattern, provider, platform, component, tag and severity, and counts what matches", async () => {
    const pattern = await server.database.prisma.failurePattern.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const cases: Array<[string, object]> = [
      [`pattern=${pattern.slug}`, { patterns: { some: { patternId: pattern.id } } }],
      ["provider=GCP", { cloudProvider: "GCP" }],
      ["platform=GKE&provider=AWS", { platform: "GKE", cloudProvider: "AWS" }],
      ["component=index-gateway", { components: { has: "index-gateway" } }],
      ["tag=index-fixture-tag", { tags: { some: { tag: { name: "index-fixture-tag" } } } }],
      ["severity=SEV1&sort=ttr", { severity: "SEV1" }],
    ];
    for (const [query, where] of cases) {
      const expected = await rows({ status: "published", ...where });
      assert.ok(expected.length > 0 && expected.length <= 25, `${query}: a fixture that fits one page`);
      const { slugs, count } = await index(`?${query}`);
      assert.deepEqual(new Set(slugs), new Set(expected.map((r) => r.slug)), query);
      assert.equal(count, `1–${expected.length} of ${expected.length} postmortem${expected.length === 1 ? "" : "s"}`);
    }
  });

  test("a draft is not listed for a reader without an account, whatever they ask; an author sees it, with its status", async () => {
    const anonymous = await index("?tag=index-fixture-tag&status=draft");
    assert.ok(!anonymous.slugs.includes(draftSlug));
    assert.ok(anonymous.slugs.length > 0, "the status filter is not theirs to use: the published ones are listed");
    assert.doesNotMatch(anonymous.html, /A draft nobody may read yet/);
    assert.doesNotMatch(anonymous.html, /name="status"/, "no status filter for readers");
    const author = await index("?tag=index-fixture-tag", users.author);
    assert.ok(author.slugs.includes(draftSlug));
    assert.match(author.html, /name="status"/);
    const drafts = await index("?status=draft", users.author);
    assert.deepEqual(drafts.slugs, [draftSlug]);
    assert.match(drafts.html, />Draft</);
  });

  test("bad parameters get an answer that says what was ignored, never a 500", async () => {
    const published = await rows();
    const defaultOrder = expectedOrder(published, [(r) => time(r.occurredOn), (r) => time(r.startedAt)], -1);
    const bogus = await index("?sort=bogus&dir=sideways");
    assert.deepEqual(bogus.slugs, defaultOrder.slice(0, 25));
    assert.match(bogus.html, /There is no sort “bogus”: sorted by date\./);
    assert.match(bogus.html, /The direction “sideways” is neither asc nor desc/);
    const negative = await index("?page=-1");
    assert.deepEqual(negative.slugs, defaultOrder.slice(0, 25));
    assert.match(negative.html, /“-1” is not a page number: showing page 1\./);
    const beyond = await index("?page=999");
    const lastPage = Math.ceil(published.length / 25);
    assert.deepEqual(beyond.slugs, defaultOrder.slice((lastPage - 1) * 25));
    assert.match(beyond.html, new RegExp(`There is no page 999: the list has ${lastPage}\\.`));
    const severity = await index("?severity=SEV9&component=" + "x".repeat(300));
    assert.match(severity.html, /There is no severity “SEV9”/);
    assert.match(severity.html, /The component filter is longer than 200 characters: ignored\./);
    const twice = await index("?sort=ttr&sort=date&page=1&page=abc");
    assert.deepEqual(twice.slugs, expectedOrder(published, [(r) => r.timeToResolveSeconds], 1).slice(0, 25));
  });

  test("no match says so plainly and offers to clear the filters, keeping the sort", async () => {
    const { slugs, html, count } = await index("?component=no-such-component&sort=ttr");
    assert.deepEqual(slugs, []);
    assert.equal(count, "");
    assert.match(html, /No postmortem matches these filters\./);
    assert.match(html, /<a href="\/postmortems\?sort=ttr"[^>]*>Clear filters<\/a>/);
  });
});

async function feed(path: string) {
  const response = await fetch(`${base}${path}`);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get("content-type"), "application/atom+xml; charset=utf-8");
  return { parsed: parseFeed(await response.text()), response };
}

describe(`Atom feeds (${engine})`, () => {
  test("/feed.xml: every published postmortem, last changed first, with title, link, updated, summary and author", async () => {
    const published = await server.database.prisma.postmortem.findMany({
      where: { status: "published" },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 50,
      select: { slug: true, title: true, summary: true, updatedAt: true, authors: true },
    });
    const { parsed, response } = await feed("/feed.xml");
    assert.match(response.headers.get("cache-control") ?? "", /no-cache/);
    assert.equal(parsed.meta.type, "atom");
    assert.equal(parsed.title, "Hindsight: published postmortems");
    assert.equal(parsed.self, `${base}/feed.xml`);
    assert.equal(parsed.items.length, published.length);
    published.forEach((pm, i) => {
      const item = parsed.items[i]!;
      assert.equal(item.title, pm.title);
      assert.equal(item.url, `${base}/postmortems/${pm.slug}`);
      assert.equal(item.updated?.getTime(), pm.updatedAt.getTime());
      assert.equal(item.description?.replace(/\s+/g, " ").trim(), pm.summary.replace(/\s+/g, " ").trim());
      assert.deepEqual(
        item.authors.map((a) => a.name),
        pm.authors,
      );
    });
    assert.ok(!parsed.items.some((item) => item.url?.endsWith(`/${draftSlug}`)), "never a draft");
    // Unchanged: a reader that asks with the ETag gets 304.
    const again = await fetch(`${base}/feed.xml`, { headers: { "if-none-match": response.headers.get("etag")! } });
    assert.equal(again.status, 304);
  });

  test("a pattern's feed and a component's feed hold the published postmortems of each; an unknown one is a 404", async () => {
    const pattern = await server.database.prisma.failurePattern.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const ofPattern = await rows({ status: "published", patterns: { some: { patternId: pattern.id } } });
    const byPattern = await feed(`/patterns/${pattern.slug}/feed.xml`);
    assert.equal(byPattern.parsed.title, `Hindsight: ${pattern.name}`);
    assert.deepEqual(
      new Set(byPattern.parsed.items.map((i) => i.url)),
      new Set(ofPattern.map((r) => `${base}/postmortems/${r.slug}`)),
    );
    const byComponent = await feed("/feed.xml?component=index-gateway");
    const ofComponent = await rows({ status: "published", components: { has: "index-gateway" } });
    assert.equal(byComponent.parsed.items.length, ofComponent.length);
    assert.equal(byComponent.parsed.url, `${base}/?component=index-gateway`);
    assert.equal((await fetch(`${base}/patterns/no-such-pattern/feed.xml`)).status, 404);
    assert.equal((await fetch(`${base}/feed.xml?component=no-such-component`)).status, 404);
  });

  test("after a write the feeds and the index show it at once: a postmortem moved back to draft leaves them", async () => {
    // One of content/, written through the API as a reviewer would.
    const written = await server.database.prisma.postmortem.findFirstOrThrow({
      where: { status: "published", slug: { not: { startsWith: "index-fixture" } }, patterns: { some: {} } },
      orderBy: { slug: "asc" },
      select: { slug: true, components: true, patterns: { select: { pattern: { select: { slug: true } } } } },
    });
    const { slug } = written;
    const url = `${base}/postmortems/${slug}`;
    const listed = async () => ({
      site: (await feed("/feed.xml")).parsed.items.some((i) => i.url === url),
      pattern: (await feed(`/patterns/${written.patterns[0]!.pattern.slug}/feed.xml`)).parsed.items.some(
        (i) => i.url === url,
      ),
      index: (await index(`?component=${encodeURIComponent(written.components[0]!)}`)).slugs.includes(slug),
    });
    assert.deepEqual(await listed(), { site: true, pattern: true, index: true });
    const { version } = (await call("GET", `/api/postmortems/${slug}`, { as: users.reviewer })).body;
    const moved = await call("POST", `/api/postmortems/${slug}/status`, {
      as: users.reviewer,
      body: { to: "draft", version },
    });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual(await listed(), { site: false, pattern: false, index: false });
  });

  test("home, the pattern pages and the index link their feeds (the same for every reader)", async () => {
    const pattern = await server.database.prisma.failurePattern.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const alternate = (href: string) =>
      new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="${escape(href)}" title="[^"]+"`);
    assert.match((await call("GET", "/")).text, alternate("/feed.xml"));
    assert.match((await call("GET", "/?component=index-gateway")).text, alternate("/feed.xml?component=index-gateway"));
    const patternPage = (await call("GET", `/patterns/${pattern.slug}`)).text;
    assert.match(patternPage, alternate("/feed.xml"));
    assert.match(patternPage, alternate(`/patterns/${pattern.slug}/feed.xml`));
    assert.match(
      (await call("GET", `/patterns/${pattern.slug}?origin=own`)).text,
      alternate(`/patterns/${pattern.slug}/feed.xml`),
    );
    assert.match((await call("GET", "/postmortems", { as: users.author })).text, alternate("/feed.xml"));
  });
});
