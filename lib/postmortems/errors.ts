import { ApiError } from "@/lib/api/errors";
import type { PostmortemData } from "@/lib/validations/postmortem";

/** What the editor needs to merge after a conflict: the stored postmortem now. */
export interface CurrentPostmortem {
  version: number;
  status: PostmortemData["status"];
  postmortem: PostmortemData;
  updatedAt: string;
  updatedBy: { name: string } | null;
}

/** A write based on a version that is no longer the current one; nothing was written. */
export class ConflictError extends ApiError {
  constructor(
    readonly current: CurrentPostmortem,
    basedOn: number,
  ) {
    const who = current.updatedBy ? ` by ${current.updatedBy.name}` : "";
    super(
      409,
      "version_conflict",
      `This postmortem changed since version ${basedOn}: version ${current.version} was saved${who}. Merge with it and save again.`,
      {
        extra: { current },
      },
    );
  }
}

export class SlugTakenError extends ApiError {
  constructor(slug: string, version: number) {
    super(
      409,
      "slug_taken",
      `A postmortem with the slug "${slug}" already exists (version ${version}). Choose another slug, or import with ?replace=${version} to overwrite it.`,
      {
        field: "slug",
        extra: { current: { version } },
      },
    );
  }
}

export class InvalidTransitionError extends ApiError {
  constructor(from: string, to: string) {
    super(
      409,
      "invalid_transition",
      `A postmortem cannot go from ${from} to ${to}. Allowed: draft → in_review, in_review → draft or published, published → draft.`,
      { field: "to" },
    );
  }
}

export class PostmortemNotFoundError extends ApiError {
  constructor(slug: string) {
    super(404, "not_found", `There is no postmortem "${slug}".`);
  }
}
