import "server-only";

import { canEdit, type SessionUser } from "@/lib/auth/roles";
import { readDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostmortemStatus, Severity } from "@/lib/generated/prisma/enums";
import {
  indexPageSize,
  type IndexSort,
  type PostmortemIndexQuery,
  type SortDirection,
} from "@/lib/validations/postmortem-index";

import { incidentOriginSelect } from "./include";
import { visiblePostmortems } from "./visibility";

type Reader = Pick<SessionUser, "role"> | null;

const indexSelect = {
  slug: true,
  title: true,
  status: true,
  severity: true,
  ...incidentOriginSelect,
  timeToMitigateSeconds: true,
  timeToResolveSeconds: true,
  cloudProvider: true,
  platform: true,
  components: true,
  patterns: { orderBy: { position: "asc" }, select: { pattern: { select: { slug: true, name: true } } } },
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
} satisfies Prisma.PostmortemSelect;

export type PostmortemIndexItem = Prisma.PostmortemGetPayload<{ select: typeof indexSelect }>;

export interface PostmortemIndexPage {
  items: PostmortemIndexItem[];
  total: number;
  /** the page shown: the one asked for, or the last one when that is past the end */
  page: number;
  pageCount: number;
}

/**
 * Each sort walks an index of the migration 20261215030000_postmortem_index
 * (unknown values last in either direction; the id keeps pages stable).
 * `fromEnd`: the same order read from its last row (unknown values first, the
 * id descending), which is the same index walked backwards.
 */
function orderOf(sort: IndexSort, dir: SortDirection, fromEnd = false): Prisma.PostmortemOrderByWithRelationInput[] {
  const direction = fromEnd ? (dir === "asc" ? "desc" : "asc") : dir;
  const key = (field: keyof Prisma.PostmortemOrderByWithRelationInput) => ({
    [field]: { sort: direction, nulls: fromEnd ? "first" : "last" },
  });
  const keys: Record<IndexSort, Prisma.PostmortemOrderByWithRelationInput[]> = {
    date: [key("occurredOn"), key("startedAt")],
    severity: [key("severity")],
    ttm: [key("timeToMitigateSeconds")],
    ttr: [key("timeToResolveSeconds")],
  };
  return [...keys[sort], { id: fromEnd ? "desc" : "asc" }];
}

function whereOf(query: PostmortemIndexQuery, reader: Reader): Prisma.PostmortemWhereInput {
  const f = query.filters;
  return {
    ...visiblePostmortems(reader),
    // Only authors and above may choose a status; for anyone else visiblePostmortems has chosen.
    ...(f.status && canEdit(reader?.role) ? { status: f.status as PostmortemStatus } : {}),
    ...(f.severity ? { severity: f.severity as Severity } : {}),
    ...(f.provider ? { cloudProvider: f.provider } : {}),
    ...(f.platform ? { platform: f.platform } : {}),
    ...(f.component ? { components: { has: f.component } } : {}),
    ...(f.tag ? { tags: { some: { tag: { name: f.tag } } } } : {}),
    ...(f.pattern ? { patterns: { some: { pattern: { slug: f.pattern } } } } : {}),
  };
}

/**
 * One page of the postmortems `reader` may see, sorted and filtered in the
 * database, with the total. Offset pagination (any page is one link away);
 * a page in the second half is read from the end of the order, so no page
 * skips more than half the list.
 */
export async function listPostmortemIndex(query: PostmortemIndexQuery, reader: Reader): Promise<PostmortemIndexPage> {
  const where = whereOf(query, reader);
  const read = (skip: number, take: number, fromEnd = false) =>
    readDb.postmortem.findMany({
      where,
      orderBy: orderOf(query.sort, query.dir, fromEnd),
      select: indexSelect,
      skip,
      take,
    });
  const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / indexPageSize));
  if (query.page === 1) {
    const [total, items] = await Promise.all([readDb.postmortem.count({ where }), read(0, indexPageSize)]);
    return { items, total, page: 1, pageCount: pageCountOf(total) };
  }
  const total = await readDb.postmortem.count({ where });
  const pageCount = pageCountOf(total);
  // Past the end: the last page.
  const page = Math.min(query.page, pageCount);
  const skip = (page - 1) * indexPageSize;
  const after = total - skip - indexPageSize;
  const items =
    after < skip
      ? (await read(Math.max(0, after), Math.min(indexPageSize, total - skip), true)).reverse()
      : await read(skip, indexPageSize);
  return { items, total, page, pageCount };
}

export interface PostmortemIndexOptions {
  patterns: Array<{ slug: string; name: string }>;
  providers: string[];
  platforms: string[];
  tags: string[];
}

/** The values the filter form offers: only those of postmortems `reader` may see (no draft's tag leaks). */
export async function listPostmortemIndexOptions(reader: Reader): Promise<PostmortemIndexOptions> {
  const visible = visiblePostmortems(reader);
  const [patterns, providers, platforms, tags] = await Promise.all([
    readDb.failurePattern.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    readDb.postmortem.groupBy({ by: ["cloudProvider"], where: { ...visible, cloudProvider: { not: null } } }),
    readDb.postmortem.groupBy({ by: ["platform"], where: { ...visible, platform: { not: null } } }),
    readDb.tag.findMany({
      where: { postmortems: { some: { postmortem: visible } } },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
  ]);
  const sorted = (values: Array<string | null>) =>
    values.filter((v): v is string => Boolean(v)).sort((a, b) => a.localeCompare(b));
  return {
    patterns,
    providers: sorted(providers.map((p) => p.cloudProvider)),
    platforms: sorted(platforms.map((p) => p.platform)),
    tags: tags.map((t) => t.name),
  };
}
