import { InlineMarkdown } from "@/components/markdown/inline-markdown";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { RelatedPattern } from "@/lib/patterns/queries";

export function RelatedPatterns({ patterns }: { patterns: RelatedPattern[] }) {
  return (
    <section aria-labelledby="related">
      <h2 id="related" className="text-xl font-semibold tracking-tight">
        Related patterns
      </h2>
      {patterns.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">No related patterns recorded.</p>
      ) : (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {patterns.map((pattern) => (
            <Card as="li" key={pattern.slug} padding="sm">
              <TextLink href={`/patterns/${pattern.slug}`} className="font-medium">
                {pattern.name}
              </TextLink>
              <InlineMarkdown
                source={pattern.summary}
                className="mt-1 line-clamp-3 text-sm text-zinc-600 dark:text-zinc-400"
              />
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}
