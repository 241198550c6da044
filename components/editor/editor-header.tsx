"use client";

import { authoringApi } from "@/components/postmortem/authoring-api";
import { StatusBadge } from "@/components/postmortem/status-badge";
import { WorkflowButtons } from "@/components/review/workflow-buttons";
import { TextLink } from "@/components/ui/text-link";
import type { PublishWarning } from "@/lib/postmortems/publish-warnings";

import type { PostmortemStatus } from "./form-model";

interface Props {
  title: string;
  slug: string | null;
  status: PostmortemStatus;
  version: number | null;
  role: string;
  blockedReason: string | null;
  publishWarnings: PublishWarning[];
  onStatusChange: (status: PostmortemStatus, version: number | null) => void;
}

export function EditorHeader({
  title,
  slug,
  status,
  version,
  role,
  blockedReason,
  publishWarnings,
  onStatusChange,
}: Props) {
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <StatusBadge status={status} />
        {version !== null ? <span>version {version}</span> : <span>not saved yet</span>}
        {slug ? (
          <nav aria-label="This postmortem" className="ml-auto flex flex-wrap gap-4">
            <TextLink href={`/postmortems/${slug}`} className="underline-offset-2">
              {status === "published" ? "View page" : "Preview page"}
            </TextLink>
            <TextLink href={`/postmortems/${slug}/history`} className="underline-offset-2">
              History
            </TextLink>
            <TextLink href={authoringApi.exportUrl(slug)} download className="underline-offset-2">
              Export (.md)
            </TextLink>
          </nav>
        ) : null}
      </div>
      <h1 className="text-2xl leading-tight font-semibold tracking-tight">
        {slug ? title.trim() || "Untitled postmortem" : "New postmortem"}
      </h1>
      {slug && version !== null ? (
        <WorkflowButtons
          slug={slug}
          status={status}
          version={version}
          role={role}
          blockedReason={blockedReason}
          publishWarnings={publishWarnings}
          onChange={onStatusChange}
        />
      ) : null}
    </header>
  );
}
