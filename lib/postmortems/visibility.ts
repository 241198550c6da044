import { canEdit, type SessionUser } from "@/lib/auth/roles";
import type { PostmortemStatus } from "@/lib/generated/prisma/enums";

type Reader = Pick<SessionUser, "role"> | null;

/**
 * Who may see a postmortem: drafts and postmortems in review are for authors
 * and above; to anyone else they do not exist (404, never 403, so a slug does
 * not leak). Every query, route and page asks one of these three.
 */
export function canRead(status: PostmortemStatus, reader: Reader): boolean {
  return status === "published" || canEdit(reader?.role);
}

/** The where clause for the postmortems `reader` may see (`null`: a reader without an account). */
export function visiblePostmortems(reader: Reader): { status?: "published" } {
  return canEdit(reader?.role) ? {} : { status: "published" };
}

/** The status a search may filter on: what was asked for, or `published` for readers who see nothing else. */
export function visibleStatus<S extends string | undefined>(requested: S, reader: Reader): S | "published" {
  return canEdit(reader?.role) ? requested : "published";
}
