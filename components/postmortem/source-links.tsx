import { TextLink } from "@/components/ui/text-link";
import type { PostmortemPage } from "@/lib/postmortems/queries";

/** Where a public incident was read: the primary source first, each opening in a new tab. */
export function SourceLinks({ sources }: { sources: PostmortemPage["sources"] }) {
  if (sources.length === 0) return null;
  const [primary, ...more] = sources;
  return (
    <p data-print-urls className="text-sm text-zinc-700 dark:text-zinc-300">
      Source:{" "}
      <TextLink href={primary!.url} newTab>
        {primary!.title}
      </TextLink>
      {more.map((source) => (
        <span key={source.id}>
          {" · "}
          <TextLink href={source.url} newTab>
            {source.title}
          </TextLink>
        </span>
      ))}
    </p>
  );
}
