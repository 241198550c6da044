import type { RevisionSummary } from "@/components/postmortem/authoring-api";
import { Button } from "@/components/ui/button";
import { TableHead } from "@/components/ui/table-head";

import { LocalTime } from "./local-time";

const kindLabel: Record<RevisionSummary["kind"], string> = {
  import: "Imported",
  create: "Created",
  save: "Saved",
  restore: "Restored",
  status: "Status changed",
  approval: "Approved proposal",
  action_item_status: "Action item status",
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
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Versions, newest first</caption>
        <TableHead
          columns={[
            "Version",
            "When",
            "Who",
            "What",
            <span key="actions" className="sr-only">
              Actions
            </span>,
          ]}
        />
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
              <td className="py-2 pr-3">
                {revision.author?.name ?? "content import"}
                {revision.proposal ? (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    approved by {revision.proposal.reviewer?.name ?? "a deleted user"}
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-3">
                {kindLabel[revision.kind] ?? revision.kind}
                {revision.note ? (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{revision.note}</span>
                ) : null}
              </td>
              <td className="py-2 text-right">
                {revision.version !== latest ? (
                  <span className="inline-flex flex-wrap justify-end gap-2">
                    <Button
                      variant="secondary"
                      size="xs"
                      onClick={() => onCompare(revision.version)}
                      aria-label={`Compare version ${revision.version} with the current version`}
                    >
                      Compare with current
                    </Button>
                    <Button
                      variant="outline"
                      size="xs"
                      disabled={pending !== null && pending !== undefined}
                      onClick={() => onRestore(revision.version)}
                      aria-label={`Restore version ${revision.version}`}
                    >
                      {pending === revision.version ? "Restoring…" : "Restore this revision"}
                    </Button>
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
