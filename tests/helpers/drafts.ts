import type { caller, Signed } from "./http";

type Call = ReturnType<typeof caller>;

/**
 * Writes a draft through the authoring API as `as` (a word in `summary` to
 * find it by) and optionally moves it to review; returns its current version.
 * Its root cause is filled in, its resolution and timeline are empty unless `extra` says otherwise.
 */
export async function writeDraft(
  call: Call,
  as: Signed,
  slug: string,
  options: { title: string; submit?: boolean; extra?: Record<string, unknown> },
): Promise<number> {
  const created = await call("POST", "/api/postmortems", {
    as,
    body: {
      slug,
      title: options.title,
      summary: `The ${slug} service ran out of file descriptors.`,
      severity: "SEV2",
      rootCause: "A connection leak in the client library.",
      patterns: [],
      ...options.extra,
    },
  });
  if (created.status !== 201) throw new Error(`creating ${slug}: ${created.status} ${created.text}`);
  if (!options.submit) return created.body.version;
  return setStatus(call, as, slug, "in_review", created.body.version);
}

/** POST /api/postmortems/<slug>/status; the new version. */
export async function setStatus(call: Call, as: Signed, slug: string, to: string, version: number): Promise<number> {
  const moved = await call("POST", `/api/postmortems/${slug}/status`, { as, body: { to, version } });
  if (moved.status !== 200) throw new Error(`moving ${slug} to ${to}: ${moved.status} ${moved.text}`);
  return moved.body.version;
}
