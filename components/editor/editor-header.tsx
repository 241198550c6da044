"use client";

import Link from "next/link";

import { WorkflowButtons } from "@/components/review/workflow-buttons";

import { authoringApi } from "./authoring-api";
import type { PostmortemStatus } from "./form-model";
import { StatusBadge } from "./status-badge";

interface Props {
  title: string;
  slug: string | null;
  status: PostmortemStatus;
  version: number | null;
  role: string;
  blockedReason: string | null;
  onStatusChange: (status: PostmortemStatus, version: number | null) => void;
}

const linkClass = "text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300";

export function EditorHeader({ title, slug, status, version, role, blockedReason, onStatusChange }: Props) {
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        <StatusBadge status={status} />
        {version !== null ? <span>version {version}</span> : <span>not saved yet</span>}
        {slug ? (
          <nav aria-label="This postmortem" className="ml-auto flex flex-wrap gap-4">
            {status === "published" ? (
              <Link href={`/postmortems/${slug}`} className={linkClass}>
                View page
              </Link>
            ) : null}
            <Link href={`/postmortems/${slug}/history`} className={linkClass}>
              History
            </Link>
            <a href={authoringApi.exportUrl(slug)} download className={linkClass}>
              Export (.md)
            </a>
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
