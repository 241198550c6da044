import Link from "next/link";

import { TableHead } from "@/components/ui/table-head";
import { TextLink } from "@/components/ui/text-link";

import type { PostmortemPage } from "@/lib/postmortems/queries";

const dash = <span className="text-zinc-600 dark:text-zinc-400">not stated</span>;

export function LimitsTable({ limits }: { limits: PostmortemPage["limits"] }) {
  if (limits.length === 0)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No quota or hard limit was involved.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <TableHead columns={["Limit", "Default", "Observed", "Raised to", "Docs"]} />
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {limits.map(({ limit, observedValue, raisedTo, note }) => (
            <tr key={limit.id} className="align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link href={`/limits/${limit.id}`} className="font-medium hover:underline">
                  {limit.name}
                </Link>
                <div className="text-xs text-zinc-600 dark:text-zinc-400">
                  {limit.provider} · {limit.resource}
                </div>
                {note ? <div className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{note}</div> : null}
              </th>
              <td className="py-2 pr-3 font-mono">
                {limit.defaultValue ? `${limit.defaultValue}${limit.unit ? ` ${limit.unit}` : ""}` : dash}
              </td>
              <td className="py-2 pr-3 font-mono">{observedValue ?? dash}</td>
              <td className="py-2 pr-3 font-mono">{raisedTo ?? dash}</td>
              <td className="py-2">
                {limit.docUrl ? (
                  <TextLink href={limit.docUrl} newTab>
                    docs<span className="sr-only"> for {limit.name}</span>
                  </TextLink>
                ) : (
                  dash
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
