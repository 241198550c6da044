import type { PostmortemPage } from "@/lib/postmortems/queries";

import { CopyButton } from "./copy-button";

export function Signatures({ signatures }: { signatures: PostmortemPage["signatures"] }) {
  if (signatures.length === 0)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No error signatures were recorded.</p>;
  return (
    <ul className="space-y-3">
      {signatures.map((signature) => (
        <li key={signature.id}>
          <div className="mb-1 flex items-center justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            <span>
              Seen in <strong className="font-medium text-zinc-800 dark:text-zinc-200">{signature.source}</strong>
            </span>
            <CopyButton text={signature.text} />
          </div>
          <pre className="overflow-x-auto rounded-md bg-zinc-900 p-3 font-mono text-sm wrap-anywhere whitespace-pre-wrap text-zinc-100">
            <code>{signature.text}</code>
          </pre>
          {signature.note ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{signature.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
