import { InlineMarkdown } from "@/components/markdown/inline-markdown";
import { TextLink } from "@/components/ui/text-link";
import type { PatternListItem } from "@/lib/patterns/queries";

export const incidentCount = (n: number) =>
  n === 0 ? "no incidents yet" : `${n} ${n === 1 ? "incident" : "incidents"}`;

export function PatternList({ patterns }: { patterns: PatternListItem[] }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {patterns.map((pattern) => (
        <li key={pattern.slug} className="p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 className="font-semibold">
              <TextLink href={`/patterns/${pattern.slug}`}>{pattern.name}</TextLink>
            </h2>
            <span className="text-sm whitespace-nowrap text-zinc-700 tabular-nums dark:text-zinc-300">
              {incidentCount(pattern.occurrences)}
            </span>
          </div>
          <InlineMarkdown source={pattern.summary} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" />
        </li>
      ))}
    </ul>
  );
}
