"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { authoringApi, type Proposal, type RevisionSummary } from "@/components/postmortem/authoring-api";
import { TextLink } from "@/components/ui/text-link";
import { queryKeys } from "@/lib/query-keys";

import { ProposalList } from "./proposal-list";
import { RevisionCompare } from "./revision-compare";
import { RevisionList } from "./revision-list";

interface Props {
  slug: string;
  initialRevisions: RevisionSummary[];
  proposals: Proposal[];
}

/** Every saved version of a postmortem: compare any two, restore any one as a new version; and proposed changes. */
export function HistoryView({ slug, initialRevisions, proposals }: Props) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.revisions(slug),
    queryFn: ({ signal }) => authoringApi.revisions(slug, signal).then((r) => r.revisions),
    initialData: initialRevisions,
    staleTime: 5_000,
  });
  const revisions = query.data;
  const latest = revisions[0]?.version ?? 0;
  const [pair, setPair] = useState<[number, number]>([revisions[1]?.version ?? latest, latest]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const restore = useMutation({
    mutationFn: (version: number) => authoringApi.restore(slug, version, latest),
    onSuccess: (result, restored) => {
      if ("proposal" in result) {
        setMessage({
          text: `Version ${restored} was proposed for review: the published page is unchanged until a reviewer approves it.`,
          error: false,
        });
        return;
      }
      setMessage({
        text: `Version ${restored} was restored as the new version ${result.version}. Nothing was deleted: every version is still listed.`,
        error: false,
      });
      setPair([restored, result.version]);
      void client.invalidateQueries({ queryKey: queryKeys.revisions(slug) });
      void client.invalidateQueries({ queryKey: queryKeys.postmortem(slug) });
    },
    onError: (error: Error) => {
      setMessage({ text: `Not restored: ${error.message}`, error: true });
      void client.invalidateQueries({ queryKey: queryKeys.revisions(slug) });
    },
  });

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <nav aria-label="This postmortem" className="flex flex-wrap gap-4 text-sm">
          <TextLink href={`/postmortems/${slug}/edit`}>← Back to the editor</TextLink>
          <TextLink href={authoringApi.exportUrl(slug)} download>
            Export (.md)
          </TextLink>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight">History of {slug}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every save, status change, import and restore is a version. Pick two to see what changed.
        </p>
      </header>
      <p
        role="status"
        aria-live="polite"
        className={`text-sm ${message?.error ? "text-red-800 dark:text-red-300" : "text-green-800 dark:text-green-300"}`}
      >
        {message?.text ?? ""}
      </p>
      <RevisionList
        revisions={revisions}
        latest={latest}
        pending={restore.isPending ? restore.variables : null}
        onRestore={(v) => restore.mutate(v)}
        onCompare={(v) => setPair([v, latest])}
      />
      {revisions.length > 1 ? (
        <RevisionCompare slug={slug} revisions={revisions} pair={pair} onPair={setPair} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Only one version so far: nothing to compare yet.</p>
      )}
      <ProposalList slug={slug} proposals={proposals} />
    </div>
  );
}
