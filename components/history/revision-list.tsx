import type { RevisionSummary } from "@/components/editor/authoring-api";

import { LocalTime } from "./local-time";

const kindLabel: Record<RevisionSummary["kind"], string> = {
  import: "Imported",
  create: "Created",
  save: "Saved",
  restore: "Restored",
  status: "Status changed",
};

interface Props {
  revisions: RevisionSummary[];
  latest: number;
  pending: number | null | undefined;
  onRestore: (version: number) => void;
  onCompare: (version: number) => void;
}

export function RevisionList({ revisions, latest, pending, onRestore, onCompare }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Versions, newest first</caption>
        <thead className="border-b border-zinc-300 text-xs tracking-wide text-zinc-600 uppercase dark:border-zinc-700 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Version
            </th>
            <th scope="col" className="py-2 pr-3">
              When
            </th>
            <th scope="col" className="py-2 pr-3">
              Who
            </th>
            <th scope="col" className="py-2 pr-3">
              What
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {revisions.map((revision) => (
            <tr key={revision.version} className="align-top">
              <th scope="row" className="py-2 pr-3 font-mono font-semibold">
                {revision.version}
                {revision.version === latest ? (
                  <span className="ml-2 font-sans text-xs font-normal text-green-800 dark:text-green-300">current</span>
                ) : null}
              </th>
              <td className="py-2 pr-3">
                <LocalTime iso={revision.createdAt} />
              </td>
              <td className="py-2 pr-3">{revision.author?.name ?? "content import"}</td>
              <td className="py-2 pr-3">
                {kindLabel[revision.kind] ?? revision.kind}
                {revision.note ? (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{revision.note}</span>
                ) : null}
              </td>
              <td className="py-2 text-right">
                {revision.version !== latest ? (
                  <span className="inline-flex flex-wrap justify-end gap-2">
                    <button
                      type="button"
                      onClick={() => onCompare(revision.version)}
                      className="rounded border border-zinc-300 px-2 py-0.5 text-xs hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
                      aria-label={`Compare version ${revision.version} with the current version`}
                    >
                      Compare with current
                    </button>
                    <button
                      type="button"
                      disabled={pending !== null && pending !== undefined}
                      onClick={() => onRestore(revision.version)}
                      className="rounded border border-indigo-400 px-2 py-0.5 text-xs font-medium text-indigo-800 hover:bg-indigo-50 disabled:opacity-50 dark:border-indigo-600 dark:text-indigo-200 dark:hover:bg-indigo-950"
                      aria-label={`Restore version ${revision.version}`}
                    >
                      {pending === revision.version ? "Restoring…" : "Restore this revision"}
                    </button>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
