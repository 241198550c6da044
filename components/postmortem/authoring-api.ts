import { request, type Jsonified } from "@/lib/api/client";
import type { PatternSuggestion } from "@/lib/patterns/suggestions";
import type { CommentItem } from "@/lib/postmortems/comments";
import type { CurrentPostmortem } from "@/lib/postmortems/errors";
import type { ProposalDetail, ProposalSummary } from "@/lib/postmortems/proposals";
import type { RevisionDetail, RevisionListItem } from "@/lib/postmortems/revisions";
import type { changeStatus } from "@/lib/use-cases/change-postmortem-status";
import type { restoreRevision } from "@/lib/use-cases/restore-revision";
import type { approveProposal, rejectProposal } from "@/lib/use-cases/review-proposal";
import type { createPostmortem, savePostmortem } from "@/lib/use-cases/save-postmortem";
import type { importPostmortem } from "@/lib/use-cases/transfer-postmortem";
import type { PostmortemInput } from "@/lib/validations/postmortem";

import type { PostmortemStatus } from "./status-badge";

/** What a server function resolves to, as it arrives over the wire. */
type Answer<F extends (...args: never[]) => Promise<unknown>> = Jsonified<Awaited<ReturnType<F>>>;

/** The stored postmortem with its version: GET's answer, and the other side of a version conflict. */
export type ServerCopy = CurrentPostmortem;
export type RevisionSummary = Jsonified<RevisionListItem>;
export type Revision = Jsonified<RevisionDetail>;
export type Comment = Jsonified<CommentItem>;
export type Proposal = Jsonified<ProposalSummary>;
export type ProposalWithText = Jsonified<ProposalDetail>;

const base = (slug: string) => `/api/postmortems/${encodeURIComponent(slug)}`;

/** The authoring API (docs/authoring-api.md), one function per call; failures are ApiErrors. */
export const authoringApi = {
  get: (slug: string, signal?: AbortSignal) => request<ServerCopy>(base(slug), { signal }),
  create: (postmortem: PostmortemInput) =>
    request<Answer<typeof createPostmortem>>("/api/postmortems", { method: "POST", body: postmortem }),
  save: (slug: string, version: number, postmortem: PostmortemInput) =>
    request<Answer<typeof savePostmortem>>(base(slug), { method: "PUT", body: { version, postmortem } }),
  setStatus: (slug: string, to: PostmortemStatus, version: number) =>
    request<Answer<typeof changeStatus>>(`${base(slug)}/status`, { method: "POST", body: { to, version } }),
  revisions: (slug: string, signal?: AbortSignal) =>
    request<{ revisions: RevisionSummary[] }>(`${base(slug)}/revisions`, { signal }),
  revision: (slug: string, version: number, signal?: AbortSignal) =>
    request<Revision>(`${base(slug)}/revisions/${version}`, { signal }),
  restore: (slug: string, revision: number, version: number) =>
    request<Answer<typeof restoreRevision>>(`${base(slug)}/revisions/${revision}/restore`, {
      method: "POST",
      body: { version },
    }),
  proposals: (slug: string, signal?: AbortSignal) =>
    request<{ proposals: Proposal[] }>(`${base(slug)}/proposals`, { signal }),
  proposalUrl: (slug: string, id: string) => `/postmortems/${encodeURIComponent(slug)}/proposals/${id}`,
  proposal: (slug: string, id: string, signal?: AbortSignal) =>
    request<ProposalWithText>(`${base(slug)}/proposals/${id}`, { signal }),
  decide: (slug: string, id: string, decision: "approve" | "reject", revision: number, comment: string) =>
    request<Answer<typeof approveProposal> | Answer<typeof rejectProposal>>(
      `${base(slug)}/proposals/${id}/${decision}`,
      { method: "POST", body: { revision, ...(comment.trim() ? { comment } : {}) } },
    ),
  comments: (slug: string, signal?: AbortSignal) =>
    request<{ comments: Comment[] }>(`${base(slug)}/comments`, { signal }),
  addComment: (slug: string, body: string) =>
    request<{ comment: Comment }>(`${base(slug)}/comments`, { method: "POST", body: { body } }),
  importText: (text: string, replaceVersion?: number) =>
    request<Pick<Answer<typeof importPostmortem>, "slug" | "version">>(
      `/api/postmortems/import${replaceVersion ? `?replace=${replaceVersion}` : ""}`,
      { method: "POST", body: { text } },
    ),
  suggestPatterns: (text: string, signal?: AbortSignal) =>
    request<{ suggestions: PatternSuggestion[] }>(`/api/patterns/suggest?text=${encodeURIComponent(text)}`, {
      signal,
    }),
  exportUrl: (slug: string) => `${base(slug)}/export`,
};
