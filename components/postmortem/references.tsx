import { TextLink } from "@/components/ui/text-link";
import type { PostmortemPage } from "@/lib/postmortems/queries";

export function References({ references, authors }: { references: PostmortemPage["references"]; authors: string[] }) {
  return (
    <div className="space-y-2 text-sm">
      {references.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {references.map((ref) => (
            <li key={ref.id}>
              {ref.url ? <TextLink href={ref.url}>{ref.title}</TextLink> : <span>{ref.title}</span>}
              {ref.publishedOn ? <span className="text-zinc-600 dark:text-zinc-400"> ({ref.publishedOn})</span> : null}
              {ref.note ? <span className="block text-zinc-600 dark:text-zinc-400">{ref.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">No references.</p>
      )}
      {authors.length ? <p className="text-zinc-600 dark:text-zinc-400">Written by {authors.join(", ")}.</p> : null}
    </div>
  );
}
