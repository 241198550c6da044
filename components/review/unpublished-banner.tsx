"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { PostmortemStatus } from "@/components/postmortem/status-badge";
import type { PublishWarning } from "@/lib/postmortems/publish-warnings";

import { WorkflowButtons } from "./workflow-buttons";

const heading: Record<PostmortemStatus, string> = {
  draft: "Draft: not published",
  in_review: "In review: not published yet",
  published: "Published",
};

interface Props {
  slug: string;
  status: PostmortemStatus;
  version: number;
  role: string;
  warnings: PublishWarning[];
}

/**
 * Above a draft or a postmortem in review at its read URL: what it is, who
 * sees it, and the review actions of this role (Publish asks about empty parts).
 * Once the status changes the page is asked again: published, it is the page everyone gets.
 */
export function UnpublishedBanner({ slug, status: initialStatus, version: initialVersion, role, warnings }: Props) {
  const router = useRouter();
  const [{ status, version }, setState] = useState({ status: initialStatus, version: initialVersion });
  return (
    <section
      aria-labelledby="unpublished-heading"
      data-no-print
      className="space-y-2 rounded-md border border-sky-400 bg-sky-50 p-4 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950/40 dark:text-sky-50"
    >
      <h2 id="unpublished-heading" className="text-base font-semibold">
        {heading[status]}
      </h2>
      <p>
        This is how the page will look once published. Only signed-in authors, reviewers and admins can see it; for
        anyone else this address does not exist.
      </p>
      <WorkflowButtons
        slug={slug}
        status={status}
        version={version}
        role={role}
        blockedReason={null}
        publishWarnings={warnings}
        onChange={(next, nextVersion) => {
          setState((current) => ({ status: next, version: nextVersion ?? current.version }));
          if (nextVersion !== null) router.refresh();
        }}
      />
    </section>
  );
}
