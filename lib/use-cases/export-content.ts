import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import type { PrismaClient } from "@/lib/generated/prisma/client";

import { limitKind, patternKind, postmortemKind, type ContentKind } from "@/lib/content/formats";
import { serializeContent } from "@/lib/content/serialize";
import { limitToData } from "@/lib/limits/mapping";
import { patternToData } from "@/lib/patterns/mapping";
import { postmortemInclude } from "@/lib/postmortems/include";
import { postmortemToData } from "@/lib/postmortems/mapping";

/** Writes every limit, pattern and postmortem in the database to `root` in the content format. */
export async function exportContent(prisma: PrismaClient, root: string): Promise<{ files: string[] }> {
  const [limits, patterns, postmortems] = await Promise.all([
    prisma.limit.findMany({ orderBy: { id: "asc" } }),
    prisma.failurePattern.findMany({
      orderBy: { slug: "asc" },
      include: { relatedTo: { include: { to: { select: { slug: true } } } } },
    }),
    prisma.postmortem.findMany({ orderBy: { slug: "asc" }, include: postmortemInclude }),
  ]);
  const files: string[] = [];
  const write = async <T>(kind: ContentKind<T>, items: T[]) => {
    await mkdir(path.join(root, kind.folder), { recursive: true });
    for (const item of items) {
      const file = path.join(root, kind.folder, `${kind.key(item)}.md`);
      await writeFile(file, serializeContent(kind, item));
      files.push(file);
    }
  };
  await write(limitKind, limits.map(limitToData));
  await write(patternKind, patterns.map(patternToData));
  await write(postmortemKind, postmortems.map(postmortemToData));
  return { files };
}
