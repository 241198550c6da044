"use client";

import { authoringApi } from "@/components/postmortem/authoring-api";
import { StatusBadge } from "@/components/postmortem/status-badge";
import { WorkflowButtons } from "@/components/review/workflow-buttons";
import { TextLink } from "@/components/ui/text-link";

import type { PostmortemStatus } from "./form-model";

interface Props {
  title: string;
  slug: string | null;
  status: PostmortemStatus;
  version: number | null;
  role: string;
  blockedReason: string | null;
  onStatusChange: (status: PostmortemStatus, version: number | null) => void;
}

export function EditorHeader({ title, slug, status, version, role, blockedReason, onStatusChange }: Props) {
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <StatusBadge status={status} />
        {version !== null ? <span>version {version}</span> : <span>not saved yet</span>}
        {slug ? (
          <nav aria-label="This postmortem" className="ml-auto flex flex-wrap gap-4">
            {status === "published" ? (
              <TextLink href={`/postmortems/${slug}`} className="underline-offset-2">
                View page
              </TextLink>
            ) : null}
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
          onChange={onStatusChange}
        />
      ) : null}
    </header>
  );
}
