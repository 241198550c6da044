import { ApiError } from "@/lib/api/errors";

import type { CatalogKind } from "./locks";

const keyField = (kind: CatalogKind) => (kind === "pattern" ? "slug" : "id");

/** A save based on a version that is no longer the current one; nothing was written. `current` is the stored entry now. */
export class CatalogConflictError extends ApiError {
  constructor(kind: CatalogKind, current: { version: number; pattern?: object; limit?: object }, basedOn: number) {
    super(
      409,
      "version_conflict",
      `This ${kind} changed since version ${basedOn}: version ${current.version} was saved since. Reload it, make your change again and save.`,
      { extra: { current } },
    );
  }
}

export class CatalogKeyTakenError extends ApiError {
  constructor(kind: CatalogKind, key: string, version: number) {
    super(
      409,
      `${keyField(kind)}_taken`,
      `A ${kind} with the ${keyField(kind)} "${key}" already exists (version ${version}). Choose another ${keyField(kind)}, or edit that ${kind}.`,
      { field: keyField(kind), extra: { current: { version } } },
    );
  }
}

export class CatalogNotFoundError extends ApiError {
  constructor(kind: CatalogKind, key: string) {
    super(404, "not_found", `There is no ${kind} "${key}".`);
  }
}
