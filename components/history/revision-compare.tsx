"use client";

import { useQuery } from "@tanstack/react-query";

import { authoringApi, type RevisionSummary } from "@/components/postmortem/authoring-api";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { queryKeys } from "@/lib/query-keys";

import { LineDiff } from "./line-diff";

function useRevisionText(slug: string, version: number) {
  return useQuery({
    queryKey: queryKeys.revision(slug, version),
    queryFn: ({ signal }) => authoringApi.revision(slug, version, signal),
    staleTime: Infinity, // a revision never changes
  });
}

interface Props {
  slug: string;
  revisions: RevisionSummary[];
  pair: [number, number];
  onPair: (pair: [number, number]) => void;
}

/** Two versions' content files, line by line. */
export function RevisionCompare({ slug, revisions, pair, onPair }: Props) {
  const [from, to] = pair;
  const before = useRevisionText(slug, from);
  const after = useRevisionText(slug, to);
  const select = (value: number, onChange: (v: number) => void, id: string) => (
    <Select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))} inline>
      {revisions.map((r) => (
        <option key={r.version} value={r.version}>
          version {r.version}
        </option>
      ))}
    </Select>
  );
  const error = before.error ?? after.error;
  return (
    <section aria-labelledby="compare-heading" className="space-y-3">
      <h2 id="compare-heading" className="text-lg font-semibold">
        What changed
      </h2>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <div>
          <label htmlFor="compare-from" className="mb-1 block font-medium">
            From
          </label>
          {select(from, (v) => onPair([v, to]), "compare-from")}
        </div>
        <div>
          <label htmlFor="compare-to" className="mb-1 block font-medium">
            To
          </label>
          {select(to, (v) => onPair([from, v]), "compare-to")}
        </div>
        <Button variant="secondary" onClick={() => onPair([to, from])}>
          Swap
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          A version could not be loaded: {error.message}
        </p>
      ) : before.data && after.data ? (
        <LineDiff
          before={before.data.text}
          after={after.data.text}
          beforeLabel={`version ${from}`}
          afterLabel={`version ${to}`}
        />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-busy="true">
          Loading both versions…
        </p>
      )}
    </section>
  );
}
