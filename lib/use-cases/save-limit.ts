import "server-only";

import type { SessionUser } from "@/lib/auth/roles";
import { CatalogConflictError, CatalogKeyTakenError, CatalogNotFoundError } from "@/lib/catalog/errors";
import { lockCatalogEntry } from "@/lib/catalog/locks";
import { parseCatalogEntry } from "@/lib/catalog/parse-entry";
import { getLimitForEditing } from "@/lib/limits/editing";
import { writeLimit } from "@/lib/limits/write-limit";
import { inTransaction } from "@/lib/postmortems/transaction";
import { limitSchema } from "@/lib/validations/limit";

/** Creates a limit of the catalog: version 1, a "create" revision; 409 when the id is taken. */
export async function createLimit(
  input: unknown,
  user: Pick<SessionUser, "id">,
): Promise<{ id: string; version: number }> {
  const data = parseCatalogEntry(limitSchema, input, "id");
  return inTransaction(async (tx) => {
    const existing = await lockCatalogEntry(tx, "limit", data.id);
    if (existing) throw new CatalogKeyTakenError("limit", data.id, existing.version);
    return writeLimit(tx, data, { kind: "create", authorId: user.id, sourceHash: null });
  });
}

/** Saves an edit based on `version` (optimistic locking; 409 with the stored limit when stale). The id stays. */
export async function saveLimit(
  id: string,
  body: { version: number; limit: unknown },
  user: Pick<SessionUser, "id">,
): Promise<{ id: string; version: number }> {
  const data = parseCatalogEntry(limitSchema, body.limit, "id", { id });
  return inTransaction(async (tx) => {
    const locked = await lockCatalogEntry(tx, "limit", id);
    if (!locked) throw new CatalogNotFoundError("limit", id);
    if (locked.version !== body.version)
      throw new CatalogConflictError("limit", (await getLimitForEditing(id, tx))!, body.version);
    return writeLimit(tx, data, { kind: "save", authorId: user.id, sourceHash: locked.sourceHash });
  });
}
