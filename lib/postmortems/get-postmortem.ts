import "server-only";

import { canEdit, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { PostmortemData } from "@/lib/validations/postmortem";

import type { CurrentPostmortem } from "./errors";
import { readCurrent } from "./read-postmortem";

export interface PostmortemRef {
  id: string;
  slug: string;
  status: PostmortemData["status"];
  version: number;
}

/**
 * Drafts and postmortems in review are for authors and above: to anyone else
 * they do not exist (404, never 403, so a slug does not leak).
 */
export function canRead(status: PostmortemData["status"], user: Pick<SessionUser, "role"> | null): boolean {
  return status === "published" || canEdit(user?.role);
}

/** A postmortem's identity and state when `user` may see it, else null. */
export async function findPostmortemRef(
  slug: string,
  user: Pick<SessionUser, "role"> | null,
): Promise<PostmortemRef | null> {
  const ref = await db.postmortem.findUnique({
    where: { slug },
    select: { id: true, slug: true, status: true, version: true },
  });
  return ref && canRead(ref.status, user) ? ref : null;
}

/** The postmortem for the editor (GET /api/postmortems/<slug>), when `user` may see it. */
export async function getPostmortemForEditing(
  slug: string,
  user: Pick<SessionUser, "role"> | null,
): Promise<CurrentPostmortem | null> {
  const ref = await findPostmortemRef(slug, user);
  return ref ? readCurrent(db, ref.id) : null;
}
